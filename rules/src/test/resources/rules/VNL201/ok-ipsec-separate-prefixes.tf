# An IPsec connection to the local network gateway of an on-premises site.
resource "azurerm_resource_group" "network" {
  name     = "rg-network"
  location = "westeurope"
}

resource "azurerm_virtual_network" "vnet1" {
  name                = "vnet1"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = ["10.1.0.0/16"]
}

resource "azurerm_subnet" "vnet1_gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.vnet1.name
  address_prefixes     = ["10.1.255.0/27"]
}

resource "azurerm_public_ip" "vnet1_gw" {
  name                = "vnet1-gw-pip"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}

resource "azurerm_virtual_network_gateway" "vnet1" {
  name                = "vnet1-gw"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"
  generation          = "Generation1"
  active_active       = false
  bgp_enabled         = false

  ip_configuration {
    name                          = "vnetGatewayConfig"
    public_ip_address_id          = azurerm_public_ip.vnet1_gw.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = azurerm_subnet.vnet1_gateway.id
  }
}

resource "azurerm_local_network_gateway" "onprem" {
  name                = "onprem-site"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.10"
  address_space       = ["192.168.0.0/16"]
}

resource "azurerm_virtual_network_gateway_connection" "vnet1_to_onprem" {
  name                       = "vnet1-to-onprem"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.vnet1.id
  local_network_gateway_id   = azurerm_local_network_gateway.onprem.id
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}
