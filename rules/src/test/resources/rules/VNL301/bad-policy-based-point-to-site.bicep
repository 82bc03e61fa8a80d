// A PolicyBased gateway with a point-to-site configuration.
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
    // expect: VNL301
    vpnType: 'PolicyBased'
    vpnGatewayGeneration: 'Generation1'
    sku: {
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
    vpnClientConfiguration: {
      vpnClientAddressPool: {
        addressPrefixes: [
          '172.16.201.0/24'
        ]
      }
      vpnClientProtocols: [
        'SSTP'
      ]
      vpnAuthenticationTypes: [
        'Certificate'
      ]
      vpnClientRootCertificates: [
        {
          name: 'p2s-root'
          properties: {
            publicCertData: 'MIIC5zCCAc+gAwIBAgIQEXAMPLEROOTCERTIFICATEDATA'
          }
        }
      ]
    }
  }
}
