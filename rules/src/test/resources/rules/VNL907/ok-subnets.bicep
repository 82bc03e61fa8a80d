// Subnets inside the address space, without overlaps.
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
          addressPrefix: '10.1.0.0/24'
        }
      }
      {
        name: 'data'
        properties: {
          addressPrefix: '10.1.1.0/24'
        }
      }
    ]
  }
}
