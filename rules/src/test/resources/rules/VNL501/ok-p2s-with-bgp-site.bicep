// Gateway hub-gw has point-to-site clients and a BGP site-to-site connection: the clients reach site-b.
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

resource siteB 'Microsoft.Network/localNetworkGateways@2023-11-01' = {
  name: 'site-b'
  location: location
  properties: {
    gatewayIpAddress: '198.51.100.20'
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.255.2/32'
      ]
    }
    bgpSettings: {
      asn: 65060
      bgpPeeringAddress: '192.168.255.2'
    }
  }
}

resource hubToSiteB 'Microsoft.Network/connections@2023-11-01' = {
  name: 'hub-to-site-b'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: hubGw.id
    }
    localNetworkGateway2: {
      id: siteB.id
    }
    sharedKey: sharedKey
    enableBgp: true
    connectionProtocol: 'IKEv2'
  }
}
