// The subnet 'workload' was given a prefix outside the virtual network's address space.
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
          // expect: VNL907
          addressPrefix: '10.11.0.0/24'
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
