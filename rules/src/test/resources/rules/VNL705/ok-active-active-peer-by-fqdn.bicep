// Two active-active gateways connected through local network gateways named by the FQDNs of the other side's
// public IPs (quickstart site-to-site-vpn-fqdn-bgp): lgw11 and lgw12 are the two instances of gw1, one peer
// with one ASN, not two on-premises networks.
param location string = 'westeurope'

@secure()
param sharedKey string

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
    ]
  }
}

resource vnet2 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'vnet2'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.2.255.0/27'
        }
      }
    ]
  }
}

resource gw1Pip1 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'gw1Pip1'
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
    dnsSettings: {
      domainNameLabel: 'gw1pip1-${uniqueString(resourceGroup().id)}'
    }
  }
}

resource gw1Pip2 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'gw1Pip2'
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
    dnsSettings: {
      domainNameLabel: 'gw1pip2-${uniqueString(resourceGroup().id)}'
    }
  }
}

resource gw2Pip1 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'gw2Pip1'
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
    dnsSettings: {
      domainNameLabel: 'gw2pip1-${uniqueString(resourceGroup().id)}'
    }
  }
}

resource gw2Pip2 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'gw2Pip2'
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
    dnsSettings: {
      domainNameLabel: 'gw2pip2-${uniqueString(resourceGroup().id)}'
    }
  }
}

resource gw1 'Microsoft.Network/virtualNetworkGateways@2023-11-01' = {
  name: 'gw1'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    vpnGatewayGeneration: 'Generation2'
    sku: {
      name: 'VpnGw2AZ'
      tier: 'VpnGw2AZ'
    }
    activeActive: true
    enableBgp: true
    bgpSettings: {
      asn: 65010
    }
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet1.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: gw1Pip1.id
          }
        }
      }
      {
        name: 'ipconfig2'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet1.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: gw1Pip2.id
          }
        }
      }
    ]
  }
}

resource gw2 'Microsoft.Network/virtualNetworkGateways@2023-11-01' = {
  name: 'gw2'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    vpnGatewayGeneration: 'Generation2'
    sku: {
      name: 'VpnGw2AZ'
      tier: 'VpnGw2AZ'
    }
    activeActive: true
    enableBgp: true
    bgpSettings: {
      asn: 65020
    }
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet2.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: gw2Pip1.id
          }
        }
      }
      {
        name: 'ipconfig2'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet2.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: gw2Pip2.id
          }
        }
      }
    ]
  }
}

resource lgw11 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'lgw11'
  location: location
  properties: {
    fqdn: gw1Pip1.properties.dnsSettings.fqdn
    bgpSettings: {
      asn: 65010
      bgpPeeringAddress: first(split(gw1.properties.bgpSettings.bgpPeeringAddress, ','))
      peerWeight: 0
    }
  }
}

resource lgw12 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'lgw12'
  location: location
  properties: {
    fqdn: gw1Pip2.properties.dnsSettings.fqdn
    bgpSettings: {
      asn: 65010
      bgpPeeringAddress: last(split(gw1.properties.bgpSettings.bgpPeeringAddress, ','))
      peerWeight: 0
    }
  }
}

resource lgw21 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'lgw21'
  location: location
  properties: {
    fqdn: gw2Pip1.properties.dnsSettings.fqdn
    bgpSettings: {
      asn: 65020
      bgpPeeringAddress: first(split(gw2.properties.bgpSettings.bgpPeeringAddress, ','))
      peerWeight: 0
    }
  }
}

resource lgw22 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'lgw22'
  location: location
  properties: {
    fqdn: gw2Pip2.properties.dnsSettings.fqdn
    bgpSettings: {
      asn: 65020
      bgpPeeringAddress: last(split(gw2.properties.bgpSettings.bgpPeeringAddress, ','))
      peerWeight: 0
    }
  }
}

resource gw2ToLgw11 'Microsoft.Network/connections@2023-11-01' = {
  name: 'gw2ToLgw11'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: gw2.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lgw11.id
      properties: {}
    }
    enableBgp: true
    sharedKey: sharedKey
  }
}

resource gw2ToLgw12 'Microsoft.Network/connections@2023-11-01' = {
  name: 'gw2ToLgw12'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: gw2.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lgw12.id
      properties: {}
    }
    enableBgp: true
    sharedKey: sharedKey
  }
}

resource gw1ToLgw21 'Microsoft.Network/connections@2023-11-01' = {
  name: 'gw1ToLgw21'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: gw1.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lgw21.id
      properties: {}
    }
    enableBgp: true
    sharedKey: sharedKey
  }
}

resource gw1ToLgw22 'Microsoft.Network/connections@2023-11-01' = {
  name: 'gw1ToLgw22'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: gw1.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lgw22.id
      properties: {}
    }
    enableBgp: true
    sharedKey: sharedKey
  }
}
