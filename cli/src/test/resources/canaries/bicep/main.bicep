@secure()
param pskA string = 'cnryBicepSecureDefaultN5X2'

@secure()
param pskB string

resource gwA 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-bicep-a'
  location: 'westeurope'
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    sku: { name: 'VpnGw1AZ', tier: 'VpnGw1AZ' }
    ipConfigurations: []
    vpnClientConfiguration: {
      vpnClientAddressPool: { addressPrefixes: ['172.16.204.0/24'] }
      vpnClientProtocols: ['IkeV2']
      vpnAuthenticationTypes: ['Radius']
      radiusServerAddress: '10.3.0.4'
      radiusServerSecret: 'cnryBicepRadiusLiteralW8E1'
    }
  }
}

resource gwB 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-bicep-b'
  location: 'westeurope'
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    sku: { name: 'VpnGw1AZ', tier: 'VpnGw1AZ' }
    ipConfigurations: []
  }
}

resource aToB 'Microsoft.Network/connections@2024-05-01' = {
  name: 'bicep-a-to-b'
  location: 'westeurope'
  properties: {
    connectionType: 'Vnet2Vnet'
    virtualNetworkGateway1: { id: gwA.id, properties: {} }
    virtualNetworkGateway2: { id: gwB.id, properties: {} }
    sharedKey: pskA
  }
}

resource bToA 'Microsoft.Network/connections@2024-05-01' = {
  name: 'bicep-b-to-a'
  location: 'westeurope'
  properties: {
    connectionType: 'Vnet2Vnet'
    virtualNetworkGateway1: { id: gwB.id, properties: {} }
    virtualNetworkGateway2: { id: gwA.id, properties: {} }
    sharedKey: /*${8:'cnryBicepParamB2M9'}*/pskB
  }
}
