# The local network gateway stands for a Virtual WAN hub's VPN gateway (Microsoft's "connect a VNet gateway to
# Virtual WAN"): its ASN is the hub's 65515 and its address is assigned by Azure, so 65515 is right here.
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
  }
}

resource "azurerm_virtual_wan" "wan" {
  name                = "wan"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
}

resource "azurerm_virtual_hub" "hub" {
  name                = "vhub"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = "10.10.0.0/24"
}

resource "azurerm_vpn_gateway" "hub" {
  name                = "vhub-vpngw"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  virtual_hub_id      = azurerm_virtual_hub.hub.id

  bgp_settings {
    asn         = 65515
    peer_weight = 0
  }
}

resource "azurerm_local_network_gateway" "vhub" {
  name                = "vhub"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  gateway_address     = tolist(azurerm_vpn_gateway.hub.bgp_settings[0].instance_0_bgp_peering_address[0].tunnel_ips)[1]

  bgp_settings {
    asn                 = azurerm_vpn_gateway.hub.bgp_settings[0].asn
    bgp_peering_address = tolist(azurerm_vpn_gateway.hub.bgp_settings[0].instance_0_bgp_peering_address[0].default_ips)[0]
  }
}

resource "azurerm_virtual_network_gateway_connection" "hub_to_vhub" {
  name                       = "hub-to-vhub"
  location                   = azurerm_resource_group.network.location
  resource_group_name        = azurerm_resource_group.network.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.vhub.id
  bgp_enabled                = true
  shared_key                 = var.shared_key
}

variable "shared_key" {
  type      = string
  sensitive = true
}
