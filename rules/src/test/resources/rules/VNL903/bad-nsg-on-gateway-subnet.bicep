// A network security group associated with the GatewaySubnet.
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
          networkSecurityGroup: {
            // expect: VNL903
            id: hubNsg.id
          }
        }
      }
      {
        name: 'shared'
        properties: {
          addressPrefix: '10.0.1.0/24'
        }
      }
    ]
  }
}
