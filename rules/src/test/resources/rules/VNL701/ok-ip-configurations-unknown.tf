# The IP configurations are built by a loop over an input without a value: the rule cannot count them and records a not-checked notification.
variable "gateway_public_ip_ids" {
  type = map(string)
}

resource "azurerm_resource_group" "network" {
  name     = "rg-network"
  location = "westeurope"
}

resource "azurerm_virtual_network" "hub" {
  name                = "hub"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_subnet" "hub_gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.255.0/27"]
}

resource "azurerm_virtual_network_gateway" "hub" {
  name                = "hub-gw"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"
  generation          = "Generation1"
  active_active       = true
  bgp_enabled         = false

  dynamic "ip_configuration" {
    for_each = var.gateway_public_ip_ids
    content {
      name                          = ip_configuration.key
      public_ip_address_id          = ip_configuration.value
      private_ip_address_allocation = "Dynamic"
      subnet_id                     = azurerm_subnet.hub_gateway.id
    }
  }
}
