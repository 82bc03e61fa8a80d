// A reserved IP and a network security group of the retired classic network provider.
param location string = 'westeurope'

resource legacyIp 'Microsoft.ClassicNetwork/reservedIps@2016-11-01' = {
  // expect: VNL210
  name: 'legacy-ip'
  location: location
  properties: {}
}

resource legacyNsg 'Microsoft.ClassicNetwork/networkSecurityGroups@2016-11-01' = {
  // expect: VNL210
  name: 'legacy-nsg'
  location: location
  properties: {}
}
