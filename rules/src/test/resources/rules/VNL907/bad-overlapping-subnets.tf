# Two subnets of one virtual network overlap: 'data' lies inside 'app'.
resource "azurerm_resource_group" "network" {
  name     = "rg-network"
  location = "westeurope"
}

resource "azurerm_virtual_network" "spoke" {
  name                = "spoke"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = ["10.1.0.0/16"]
}

resource "azurerm_subnet" "app" {
  name                 = "app"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.spoke.name
  address_prefixes     = ["10.1.0.0/23"]
}

resource "azurerm_subnet" "data" {
  name                 = "data"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.spoke.name
  # expect: VNL907
  address_prefixes     = ["10.1.1.0/24"]
}
