# A VpnGw1AZ gateway (30 tunnels) with site-to-site connections to eleven sites.
variable "shared_key" {
  type      = string
  sensitive = true
  default   = "HubSitesKey7fQ2zR"
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
  bgp_enabled         = false

  ip_configuration {
    name                          = "vnetGatewayConfig"
    public_ip_address_id          = azurerm_public_ip.hub_gw.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = azurerm_subnet.hub_gateway.id
  }
}

resource "azurerm_local_network_gateway" "site_1" {
  name                = "site-1"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.11"
  address_space       = ["192.168.1.0/24"]
}

resource "azurerm_local_network_gateway" "site_2" {
  name                = "site-2"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.12"
  address_space       = ["192.168.2.0/24"]
}

resource "azurerm_local_network_gateway" "site_3" {
  name                = "site-3"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.13"
  address_space       = ["192.168.3.0/24"]
}

resource "azurerm_local_network_gateway" "site_4" {
  name                = "site-4"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.14"
  address_space       = ["192.168.4.0/24"]
}

resource "azurerm_local_network_gateway" "site_5" {
  name                = "site-5"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.15"
  address_space       = ["192.168.5.0/24"]
}

resource "azurerm_local_network_gateway" "site_6" {
  name                = "site-6"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.16"
  address_space       = ["192.168.6.0/24"]
}

resource "azurerm_local_network_gateway" "site_7" {
  name                = "site-7"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.17"
  address_space       = ["192.168.7.0/24"]
}

resource "azurerm_local_network_gateway" "site_8" {
  name                = "site-8"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.18"
  address_space       = ["192.168.8.0/24"]
}

resource "azurerm_local_network_gateway" "site_9" {
  name                = "site-9"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.19"
  address_space       = ["192.168.9.0/24"]
}

resource "azurerm_local_network_gateway" "site_10" {
  name                = "site-10"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.20"
  address_space       = ["192.168.10.0/24"]
}

resource "azurerm_local_network_gateway" "site_11" {
  name                = "site-11"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = "203.0.113.21"
  address_space       = ["192.168.11.0/24"]
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_1" {
  name                       = "hub-to-site-1"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_1.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_2" {
  name                       = "hub-to-site-2"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_2.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_3" {
  name                       = "hub-to-site-3"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_3.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_4" {
  name                       = "hub-to-site-4"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_4.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_5" {
  name                       = "hub-to-site-5"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_5.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_6" {
  name                       = "hub-to-site-6"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_6.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_7" {
  name                       = "hub-to-site-7"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_7.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_8" {
  name                       = "hub-to-site-8"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_8.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_9" {
  name                       = "hub-to-site-9"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_9.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_10" {
  name                       = "hub-to-site-10"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_10.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_site_11" {
  name                       = "hub-to-site-11"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_11.id
  shared_key                 = var.shared_key
  bgp_enabled                = false
  connection_protocol        = "IKEv2"
}
