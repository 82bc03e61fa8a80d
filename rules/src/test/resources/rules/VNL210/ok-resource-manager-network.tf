# The azurerm provider has no classic resources: the network, public IP and network security group are Resource
# Manager resources (Microsoft.Network).
resource "azurerm_resource_group" "workload" {
  name     = "rg-workload"
  location = "westeurope"
}

resource "azurerm_network_security_group" "workload" {
  name                = "workload-nsg"
  location            = azurerm_resource_group.workload.location
  resource_group_name = azurerm_resource_group.workload.name
}

resource "azurerm_virtual_network" "workload" {
  name                = "workload-vnet"
  location            = azurerm_resource_group.workload.location
  resource_group_name = azurerm_resource_group.workload.name
  address_space       = ["10.20.0.0/16"]
}

resource "azurerm_subnet" "workload" {
  name                 = "workload"
  resource_group_name  = azurerm_resource_group.workload.name
  virtual_network_name = azurerm_virtual_network.workload.name
  address_prefixes     = ["10.20.1.0/24"]
}

resource "azurerm_subnet_network_security_group_association" "workload" {
  subnet_id                 = azurerm_subnet.workload.id
  network_security_group_id = azurerm_network_security_group.workload.id
}

resource "azurerm_public_ip" "workload" {
  name                = "workload-ip"
  location            = azurerm_resource_group.workload.location
  resource_group_name = azurerm_resource_group.workload.name
  allocation_method   = "Static"
  sku                 = "Standard"
}
