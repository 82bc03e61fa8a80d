// The on-premises site uses a private ASN different from the gateway's.
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

resource onprem 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'onprem'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.10'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.255.1/32'
      ]
    }
    bgpSettings: {
      asn: 65020
      bgpPeeringAddress: '192.168.255.1'
    }
  }
}
