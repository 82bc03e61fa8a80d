// The network security group sits on the workload subnet; the GatewaySubnet has none.
param location string = 'westeurope'

resource hubNsg 'Microsoft.Network/networkSecurityGroups@2023-11-01' = {
  name: 'hub-nsg'
  location: location
}

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
      {
        name: 'shared'
        properties: {
          addressPrefix: '10.0.1.0/24'
          networkSecurityGroup: {
            id: hubNsg.id
          }
        }
      }
    ]
  }
}
