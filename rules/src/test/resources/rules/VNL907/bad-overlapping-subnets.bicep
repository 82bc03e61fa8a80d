// Two subnets of one virtual network overlap: 'data' lies inside 'app'.
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
        name: 'app'
        properties: {
          addressPrefix: '10.1.0.0/23'
        }
      }
      {
        name: 'data'
        properties: {
          // expect: VNL907
          addressPrefix: '10.1.1.0/24'
        }
      }
    ]
  }
}
