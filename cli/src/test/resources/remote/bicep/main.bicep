module registry 'br:example.azurecr.io/bicep/vnet:1.0' = {
  name: 'registry'
}

module spec 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' = {
  name: 'spec'
}

module avm 'br/public:avm/res/network/virtual-network:0.1.0' = {
  name: 'avm'
  params: {
    name: 'vnet'
  }
}
