// A classic virtual network declared with the retired Microsoft.ClassicNetwork provider.
param location string = 'westeurope'

resource legacyVnet 'Microsoft.ClassicNetwork/virtualNetworks@2016-11-01' = {
  // expect: VNL210
  name: 'legacy-vnet'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.20.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'workload'
        addressPrefix: '10.20.1.0/24'
      }
    ]
  }
}
