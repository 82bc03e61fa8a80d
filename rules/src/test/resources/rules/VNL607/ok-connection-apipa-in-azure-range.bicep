// The connection sets a custom BGP address inside 169.254.21.0-169.254.22.255.
param location string = 'westeurope'

@secure()
param sharedKey string

resource hub 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'hub'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.1.255.0/27'
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
      bgpPeeringAddresses: [
        {
          ipconfigurationId: resourceId('Microsoft.Network/virtualNetworkGateways/ipConfigurations', 'hub-gw', 'vnetGatewayConfig')
          customBgpIpAddresses: [
            '169.254.21.1'
          ]
        }
      ]
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
  name: 'onprem-site'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.10'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.255.1/32'
      ]
    }
    bgpSettings: {
      asn: 65050
      bgpPeeringAddress: '192.168.255.1'
    }
  }
}

resource hubToOnprem 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-onprem'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: onprem.id
    }
    sharedKey: sharedKey
    enableBgp: true
    connectionProtocol: 'IKEv2'
    gatewayCustomBgpIpAddresses: [
      {
        ipConfigurationId: resourceId('Microsoft.Network/virtualNetworkGateways/ipConfigurations', hubGw.name, 'vnetGatewayConfig')
        customBgpIpAddress: '169.254.21.1'
      }
    ]
  }
}
