// A default route on the GatewaySubnet's route table.
param location string = 'westeurope'

resource hubGatewayRt 'Microsoft.Network/routeTables@2023-11-01' = {
  name: 'hub-gateway-rt'
  location: location
  properties: {
    disableBgpRoutePropagation: false
    routes: [
      {
        name: 'to-firewall'
        properties: {
          // expect: VNL904
          addressPrefix: '0.0.0.0/0'
          nextHopType: 'VirtualAppliance'
          nextHopIpAddress: '10.0.2.4'
        }
      }
    ]
  }
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
          routeTable: {
            id: hubGatewayRt.id
          }
        }
      }
    ]
  }
}
