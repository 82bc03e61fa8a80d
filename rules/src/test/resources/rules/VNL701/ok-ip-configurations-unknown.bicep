// The IP configurations are built by a loop over an input without a value: the rule cannot count them and records a not-checked notification.
param location string = 'westeurope'
param instanceCount int

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
    ]
  }
}

resource hubGw1Pip 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'hub-gw-pip1'
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

resource hubGw2Pip 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'hub-gw-pip2'
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
    activeActive: true
    enableBgp: false
    ipConfigurations: [for i in range(1, instanceCount): {
      name: 'vnetGatewayConfig${i}'
      properties: {
        privateIPAllocationMethod: 'Dynamic'
        subnet: {
          id: resourceId('Microsoft.Network/virtualNetworks/subnets', hub.name, 'GatewaySubnet')
        }
        publicIPAddress: {
          id: resourceId('Microsoft.Network/publicIPAddresses', 'hub-gw-pip${i}')
        }
      }
    }]
  }
}
