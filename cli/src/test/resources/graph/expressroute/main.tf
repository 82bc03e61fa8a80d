# A hub with coexisting ExpressRoute and VPN gateways, a spoke that uses them by gateway transit, a branch over
# site-to-site VPN, and a second region over VNet-to-VNet without BGP.

resource "azurerm_virtual_network" "hub" {
  name                = "hub"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_subnet" "hub_gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.255.0/26"]
}

resource "azurerm_virtual_network" "spoke" {
  name                = "spoke"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.1.0.0/16"]
}

resource "azurerm_virtual_network_peering" "hub_to_spoke" {
  name                      = "hub-to-spoke"
  resource_group_name       = "rg"
  virtual_network_name      = azurerm_virtual_network.hub.name
  remote_virtual_network_id = azurerm_virtual_network.spoke.id
  allow_gateway_transit     = true
}

resource "azurerm_virtual_network_peering" "spoke_to_hub" {
  name                      = "spoke-to-hub"
  resource_group_name       = "rg"
  virtual_network_name      = azurerm_virtual_network.spoke.name
  remote_virtual_network_id = azurerm_virtual_network.hub.id
  allow_forwarded_traffic   = true
  use_remote_gateways       = true
}

resource "azurerm_public_ip" "er" {
  name                = "pip-er"
  location            = "westeurope"
  resource_group_name = "rg"
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}

resource "azurerm_public_ip" "vpn" {
  name                = "pip-vpn"
  location            = "westeurope"
  resource_group_name = "rg"
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}

resource "azurerm_virtual_network_gateway" "er" {
  name                = "ergw-hub"
  location            = "westeurope"
  resource_group_name = "rg"
  type                = "ExpressRoute"
  sku                 = "ErGw1AZ"

  ip_configuration {
    name                 = "default"
    subnet_id            = azurerm_subnet.hub_gateway.id
    public_ip_address_id = azurerm_public_ip.er.id
  }
}

resource "azurerm_virtual_network_gateway" "vpn" {
  name                = "vpngw-hub"
  location            = "westeurope"
  resource_group_name = "rg"
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"
  bgp_enabled         = true

  bgp_settings {
    asn = 65010
  }

  ip_configuration {
    name                 = "default"
    subnet_id            = azurerm_subnet.hub_gateway.id
    public_ip_address_id = azurerm_public_ip.vpn.id
  }
}

resource "azurerm_express_route_circuit" "dc" {
  name                  = "er-datacenter"
  location              = "westeurope"
  resource_group_name   = "rg"
  service_provider_name = "Equinix"
  peering_location      = "Amsterdam"
  bandwidth_in_mbps     = 1000

  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}

resource "azurerm_virtual_network_gateway_connection" "er" {
  name                       = "cn-er-datacenter"
  location                   = "westeurope"
  resource_group_name        = "rg"
  type                       = "ExpressRoute"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.er.id
  express_route_circuit_id   = azurerm_express_route_circuit.dc.id
}

resource "azurerm_local_network_gateway" "branch" {
  name                = "branch"
  location            = "westeurope"
  resource_group_name = "rg"
  gateway_address     = "198.51.100.30"
  address_space       = []

  bgp_settings {
    asn                 = 65050
    bgp_peering_address = "192.168.30.1"
  }
}

resource "azurerm_virtual_network_gateway_connection" "branch" {
  name                       = "cn-branch"
  location                   = "westeurope"
  resource_group_name        = "rg"
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.vpn.id
  local_network_gateway_id   = azurerm_local_network_gateway.branch.id
  shared_key                 = var.branch_key
  bgp_enabled                = true
}

variable "branch_key" {
  type      = string
  sensitive = true
}

resource "azurerm_virtual_network" "region2" {
  name                = "region2"
  location            = "northeurope"
  resource_group_name = "rg"
  address_space       = ["10.20.0.0/16"]
}

resource "azurerm_subnet" "region2_gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.region2.name
  address_prefixes     = ["10.20.255.0/27"]
}

resource "azurerm_public_ip" "region2" {
  name                = "pip-region2"
  location            = "northeurope"
  resource_group_name = "rg"
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}

resource "azurerm_virtual_network_gateway" "region2" {
  name                = "vpngw-region2"
  location            = "northeurope"
  resource_group_name = "rg"
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"
  bgp_enabled         = true

  bgp_settings {
    asn = 65020
  }

  ip_configuration {
    name                 = "default"
    subnet_id            = azurerm_subnet.region2_gateway.id
    public_ip_address_id = azurerm_public_ip.region2.id
  }
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_region2" {
  name                            = "cn-hub-to-region2"
  location                        = "westeurope"
  resource_group_name             = "rg"
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.vpn.id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.region2.id
  shared_key                      = var.region_key
}

resource "azurerm_virtual_network_gateway_connection" "region2_to_hub" {
  name                            = "cn-region2-to-hub"
  location                        = "northeurope"
  resource_group_name             = "rg"
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.region2.id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.vpn.id
  shared_key                      = var.region_key
}

variable "region_key" {
  type      = string
  sensitive = true
}
