# Gateway vnet1-gw has point-to-site clients and a Vnet2Vnet connection, which never carries the client pool.
variable "shared_key" {
  type      = string
  sensitive = true
  default   = "Vnet1Vnet2Key7fQ2zR"
}

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
  bgp_enabled         = true

  bgp_settings {
    asn = 65010
  }

  ip_configuration {
    name                          = "vnetGatewayConfig"
    public_ip_address_id          = azurerm_public_ip.vnet1_gw.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = azurerm_subnet.vnet1_gateway.id
  }

  vpn_client_configuration {
    address_space        = ["172.16.201.0/24"]
    vpn_client_protocols = ["IkeV2", "OpenVPN"]
    vpn_auth_types       = ["Certificate"]

    root_certificate {
      name             = "P2SRootCert"
      public_cert_data = "MIIC5zCCAc+gAwIBAgIQExampleRootCertificateOnly0123456789"
    }
  }
}

resource "azurerm_virtual_network" "vnet2" {
  name                = "vnet2"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = ["10.2.0.0/16"]
}

resource "azurerm_subnet" "vnet2_gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.vnet2.name
  address_prefixes     = ["10.2.255.0/27"]
}

resource "azurerm_public_ip" "vnet2_gw" {
  name                = "vnet2-gw-pip"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}

resource "azurerm_virtual_network_gateway" "vnet2" {
  name                = "vnet2-gw"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"
  generation          = "Generation1"
  active_active       = false
  bgp_enabled         = true

  bgp_settings {
    asn = 65020
  }

  ip_configuration {
    name                          = "vnetGatewayConfig"
    public_ip_address_id          = azurerm_public_ip.vnet2_gw.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = azurerm_subnet.vnet2_gateway.id
  }
}

resource "azurerm_virtual_network_gateway_connection" "vnet1_to_vnet2" {
  name                            = "vnet1-to-vnet2"
  location                        = azurerm_resource_group.network.location
  resource_group_name             = azurerm_resource_group.network.name
  # expect: VNL501
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.vnet1.id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.vnet2.id
  shared_key                      = var.shared_key
  bgp_enabled                     = true
  connection_protocol             = "IKEv2"
}

resource "azurerm_virtual_network_gateway_connection" "vnet2_to_vnet1" {
  name                            = "vnet2-to-vnet1"
  location                        = azurerm_resource_group.network.location
  resource_group_name             = azurerm_resource_group.network.name
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.vnet2.id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.vnet1.id
  shared_key                      = var.shared_key
  bgp_enabled                     = true
  connection_protocol             = "IKEv2"
}
