# The connection sets a custom BGP address inside 169.254.21.0-169.254.22.255.
variable "shared_key" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "network" {
  name     = "rg-network"
  location = "westeurope"
}

resource "azurerm_virtual_network" "hub" {
  name                = "hub"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = ["10.1.0.0/16"]
}

resource "azurerm_subnet" "hub_gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.1.255.0/27"]
}

resource "azurerm_public_ip" "hub_gw" {
  name                = "hub-gw-pip"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}

resource "azurerm_virtual_network_gateway" "hub" {
  name                = "hub-gw"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"
  generation          = "Generation1"
  active_active       = false
  bgp_enabled         = true

  ip_configuration {
    name                          = "vnetGatewayConfig"
    public_ip_address_id          = azurerm_public_ip.hub_gw.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = azurerm_subnet.hub_gateway.id
  }

  bgp_settings {
    asn = 65010

    peering_addresses {
      ip_configuration_name = "vnetGatewayConfig"
      apipa_addresses       = ["169.254.21.1"]
    }
  }
}

resource "azurerm_local_network_gateway" "onprem" {
  name                = "onprem-site"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.10"
  address_space       = ["192.168.255.1/32"]

  bgp_settings {
    asn                 = 65050
    bgp_peering_address = "192.168.255.1"
  }
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_onprem" {
  name                       = "hub-to-onprem"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.onprem.id
  shared_key                 = var.shared_key
  bgp_enabled                = true
  connection_protocol        = "IKEv2"

  custom_bgp_addresses {
    primary = "169.254.21.1"
  }
}
