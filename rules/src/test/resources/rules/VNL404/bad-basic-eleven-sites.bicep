// A Basic gateway (10 tunnels) with site-to-site connections to eleven sites.
param location string = 'westeurope'

@secure()
param sharedKey string = 'HubSitesKey7fQ2zR'

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
      // expect: VNL404
      name: 'Basic'
      tier: 'Basic'
    }
    activeActive: false
    enableBgp: false
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

resource site1 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-1'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.11'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.1.0/24'
      ]
    }
  }
}

resource site2 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-2'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.12'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.2.0/24'
      ]
    }
  }
}

resource site3 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-3'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.13'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.3.0/24'
      ]
    }
  }
}

resource site4 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-4'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.14'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.4.0/24'
      ]
    }
  }
}

resource site5 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-5'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.15'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.5.0/24'
      ]
    }
  }
}

resource site6 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-6'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.16'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.6.0/24'
      ]
    }
  }
}

resource site7 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-7'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.17'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.7.0/24'
      ]
    }
  }
}

resource site8 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-8'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.18'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.8.0/24'
      ]
    }
  }
}

resource site9 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-9'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.19'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.9.0/24'
      ]
    }
  }
}

resource site10 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-10'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.20'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.10.0/24'
      ]
    }
  }
}

resource site11 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-11'
  location: location
  properties: {
    gatewayIpAddress: '203.0.113.21'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.11.0/24'
      ]
    }
  }
}

resource hubToSite1 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-1'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site1.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite2 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-2'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site2.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite3 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-3'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site3.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite4 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-4'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site4.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite5 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-5'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site5.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite6 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-6'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site6.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite7 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-7'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site7.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite8 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-8'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site8.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite9 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-9'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site9.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite10 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-10'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site10.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}

resource hubToSite11 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-11'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: site11.id
    }
    sharedKey: sharedKey
    enableBgp: false
    connectionProtocol: 'IKEv2'
  }
}
