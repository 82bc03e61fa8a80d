// ExpressRoute and site-to-site VPN with a Route Server that allows branch-to-branch traffic: transit works.
param location string = 'westeurope'

@secure()
param sharedKey string

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
        name: 'RouteServerSubnet'
        properties: {
          addressPrefix: '10.0.254.0/27'
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

resource hubErGw 'Microsoft.Network/virtualNetworkGateways@2023-11-01' = {
  name: 'hub-er-gw'
  location: location
  properties: {
    gatewayType: 'ExpressRoute'
    sku: {
      name: 'ErGw1AZ'
      tier: 'ErGw1AZ'
    }
    ipConfigurations: [
      {
        name: 'erGatewayConfig'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', hub.name, 'GatewaySubnet')
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
        '192.168.10.0/24'
      ]
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
    connectionProtocol: 'IKEv2'
  }
}

resource hubRsPip 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'hub-rs-pip'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

resource hubRs 'Microsoft.Network/virtualHubs@2023-11-01' = {
  name: 'hub-rs'
  location: location
  properties: {
    sku: 'Standard'
    allowBranchToBranchTraffic: true
  }
}

resource hubRsIpConfig 'Microsoft.Network/virtualHubs/ipConfigurations@2023-11-01' = {
  parent: hubRs
  name: 'ipconfig1'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', hub.name, 'RouteServerSubnet')
    }
    publicIPAddress: {
      id: hubRsPip.id
    }
  }
}
