// A low-cost VPN lab: one network with a Basic SKU gateway. Basic keeps the lab cheap, but it does not do BGP.
@description('Location of the lab network.')
param location string = resourceGroup().location

@description('Address space of the lab network; the subnets are carved out of it.')
param labAddressSpace string

@description('BGP autonomous system number of the lab gateway.')
param gatewayAsn int = 65050

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-vpn-lab'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        labAddressSpace
      ]
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: cidrSubnet(labAddressSpace, 27, 0)
        }
      }
      {
        name: 'snet-vms'
        properties: {
          addressPrefix: cidrSubnet(labAddressSpace, 24, 1)
        }
      }
    ]
  }
}

resource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vgw-lab'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource gateway 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-lab'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    sku: {
      name: 'Basic'
      tier: 'Basic'
    }
    enableBgp: true
    bgpSettings: {
      asn: gatewayAsn
    }
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'GatewaySubnet')
          }
          publicIPAddress: {
            id: pip.id
          }
        }
      }
    ]
  }
}
