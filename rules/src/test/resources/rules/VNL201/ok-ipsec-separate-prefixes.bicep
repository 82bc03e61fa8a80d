// An IPsec connection to the local network gateway of an on-premises site.
param location string = 'westeurope'

resource vnet1 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'vnet1'
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
      {
        name: 'workload'
        properties: {
          addressPrefix: '10.1.0.0/24'
        }
      }
    ]
  }
}

resource vnet1GwPip 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'vnet1-gw-pip'
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

resource vnet1Gw 'Microsoft.Network/virtualNetworkGateways@2023-11-01' = {
  name: 'vnet1-gw'
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
    enableBgp: false
    ipConfigurations: [
      {
        name: 'vnetGatewayConfig'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet1.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: vnet1GwPip.id
          }
        }
      }
    ]
  }
}

resource onpremSite 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'onprem-site'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.10'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.0.0/16'
      ]
    }
  }
}

resource vnet1ToOnprem 'Microsoft.Network/connections@2023-11-01' = {
  name: 'vnet1-to-onprem'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: vnet1Gw.id
    }
    localNetworkGateway2: {
      id: onpremSite.id
    }
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}
