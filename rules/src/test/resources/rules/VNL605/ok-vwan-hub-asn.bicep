// The local network gateway stands for a Virtual WAN hub's VPN gateway (Microsoft's "connect a VNet gateway to
// Virtual WAN"): its ASN is the hub's 65515 and its address is assigned by Azure, so 65515 is right here.
param location string = 'westeurope'

resource hub 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'hub'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.0.255.0/27'
        }
      }
      {
        name: 'shared'
        properties: {
          addressPrefix: '10.0.1.0/24'
        }
      }
    ]
  }
}

resource hubGwPip 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'hub-gw-pip'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  zones: [
    '1'
    '2'
    '3'
  ]
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

resource hubGw 'Microsoft.Network/virtualNetworkGateways@2023-11-01' = {
  name: 'hub-gw'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    vpnGatewayGeneration: 'Generation1'
    sku: {
      name: 'VpnGw1AZ'
      tier: 'VpnGw1AZ'
    }
    activeActive: false
    enableBgp: true
    bgpSettings: {
      asn: 65010
    }
    ipConfigurations: [
      {
        name: 'vnetGatewayConfig'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', hub.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: hubGwPip.id
          }
        }
      }
    ]
  }
}

@secure()
param sharedKey string

resource wan 'Microsoft.Network/virtualWans@2023-11-01' = {
  name: 'wan'
  location: location
  properties: {
    type: 'Standard'
  }
}

resource vhub 'Microsoft.Network/virtualHubs@2023-11-01' = {
  name: 'vhub'
  location: location
  properties: {
    addressPrefix: '10.10.0.0/24'
    virtualWan: {
      id: wan.id
    }
  }
}

resource vhubVpnGw 'Microsoft.Network/vpnGateways@2023-11-01' = {
  name: 'vhub-vpngw'
  location: location
  properties: {
    virtualHub: {
      id: vhub.id
    }
    bgpSettings: {
      asn: 65515
    }
  }
}

resource vhubLgw 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'vhub'
  location: location
  properties: {
    gatewayIpAddress: vhubVpnGw.properties.ipConfigurations[0].publicIpAddress
    bgpSettings: {
      asn: vhubVpnGw.properties.bgpSettings.asn
      bgpPeeringAddress: vhubVpnGw.properties.ipConfigurations[0].privateIpAddress
    }
  }
}

resource hubToVhub 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-vhub'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
      properties: {}
    }
    localNetworkGateway2: {
      id: vhubLgw.id
      properties: {}
    }
    enableBgp: true
    sharedKey: sharedKey
  }
}
