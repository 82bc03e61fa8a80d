// The spoke is peered to two hubs and uses the gateway of the first one only.
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

resource spokeToHubWeu 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-11-01' = {
  parent: spoke
  name: 'spoke-to-hub-weu'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('rg-hub', 'Microsoft.Network/virtualNetworks', 'hub-weu')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    useRemoteGateways: true
  }
}

resource spokeToHubNeu 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2023-11-01' = {
  parent: spoke
  name: 'spoke-to-hub-neu'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('rg-hub', 'Microsoft.Network/virtualNetworks', 'hub-neu')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    useRemoteGateways: false
  }
}
