// The spoke asks to use the gateway of a classic hub network, which gateway transit does not support.
param location string = 'westeurope'

resource spoke 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'spoke'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'workload'
        properties: {
          addressPrefix: '10.1.0.0/24'
        }
      }
    ]
  }
}

resource spokeToLegacyHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-11-01' = {
  parent: spoke
  name: 'spoke-to-legacy-hub'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('rg-legacy', 'Microsoft.ClassicNetwork/virtualNetworks', 'legacy-hub')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    // expect: VNL109
    useRemoteGateways: true
  }
}
