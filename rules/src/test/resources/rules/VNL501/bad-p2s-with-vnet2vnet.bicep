// Gateway vnet1-gw has point-to-site clients and a Vnet2Vnet connection, which never carries the client pool.
param location string = 'westeurope'

@secure()
param sharedKey string = 'Vnet1Vnet2Key7fQ2zR'

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
    enableBgp: true
    bgpSettings: {
      asn: 65010
    }
    vpnClientConfiguration: {
      vpnClientAddressPool: {
        addressPrefixes: [
          '172.16.201.0/24'
        ]
      }
      vpnClientProtocols: [
        'IkeV2'
        'OpenVPN'
      ]
      vpnAuthenticationTypes: [
        'Certificate'
      ]
      vpnClientRootCertificates: [
        {
          name: 'P2SRootCert'
          properties: {
            publicCertData: 'MIIC5zCCAc+gAwIBAgIQExampleRootCertificateOnly0123456789'
          }
        }
      ]
    }
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
      {
        name: 'workload'
        properties: {
          addressPrefix: '10.2.0.0/24'
        }
      }
    ]
  }
}

resource vnet2GwPip 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'vnet2-gw-pip'
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

resource vnet2Gw 'Microsoft.Network/virtualNetworkGateways@2023-11-01' = {
  name: 'vnet2-gw'
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
      asn: 65020
    }
    ipConfigurations: [
      {
        name: 'vnetGatewayConfig'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet2.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: vnet2GwPip.id
          }
        }
      }
    ]
  }
}

resource vnet1ToVnet2 'Microsoft.Network/connections@2023-11-01' = {
  name: 'vnet1-to-vnet2'
  location: location
  properties: {
    // expect: VNL501
    connectionType: 'Vnet2Vnet'
    virtualNetworkGateway1: {
      id: vnet1Gw.id
    }
    virtualNetworkGateway2: {
      id: vnet2Gw.id
    }
    sharedKey: sharedKey
    enableBgp: true
    connectionProtocol: 'IKEv2'
  }
}

resource vnet2ToVnet1 'Microsoft.Network/connections@2023-11-01' = {
  name: 'vnet2-to-vnet1'
  location: location
  properties: {
    connectionType: 'Vnet2Vnet'
    virtualNetworkGateway1: {
      id: vnet2Gw.id
    }
    virtualNetworkGateway2: {
      id: vnet1Gw.id
    }
    sharedKey: sharedKey
    enableBgp: true
    connectionProtocol: 'IKEv2'
  }
}
