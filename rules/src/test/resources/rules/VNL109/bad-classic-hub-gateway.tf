# The spoke asks to use the gateway of a classic hub network, which gateway transit does not support.
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

resource "azurerm_virtual_network_peering" "spoke_to_legacy_hub" {
  name                         = "spoke-to-legacy-hub"
  resource_group_name          = azurerm_resource_group.network.name
  virtual_network_name         = azurerm_virtual_network.spoke.name
  remote_virtual_network_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-legacy/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy-hub"
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  # expect: VNL109
  use_remote_gateways          = true
}
