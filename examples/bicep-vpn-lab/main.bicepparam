using './main.bicep'

param labAddressSpace = '10.50.0.0/16'
param gatewayAsn = 65050
