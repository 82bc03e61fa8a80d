// The same network, public IP and network security group in Resource Manager (Microsoft.Network).
param location string = 'westeurope'

resource workloadNsg 'Microsoft.Network/networkSecurityGroups@2023-11-01' = {
  name: 'workload-nsg'
  location: location
  properties: {}
}

resource workloadVnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'workload-vnet'
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
        properties: {
          addressPrefix: '10.20.1.0/24'
          networkSecurityGroup: {
            id: workloadNsg.id
          }
        }
      }
    ]
  }
}

resource workloadIp 'Microsoft.Network/publicIPAddresses@2023-11-01' = {
  name: 'workload-ip'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}
