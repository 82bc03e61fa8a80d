# Two regional networks joined by a VNet-to-VNet VPN (one connection object per direction), as in the guide's
# Scenario 1. Apply with: terraform apply -var-file=terraform.tfvars

terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
}

variable "sites" {
  description = "One network per region, each with its VPN gateway."
  type = map(object({
    location       = string
    address_space  = string
    gateway_subnet = string
    asn            = number
  }))
}

variable "shared_key_west" {
  type      = string
  sensitive = true
}

variable "shared_key_east" {
  type      = string
  sensitive = true
}

resource "azurerm_resource_group" "net" {
  name     = "rg-network"
  location = "westeurope"
}

resource "azurerm_virtual_network" "site" {
  for_each            = var.sites
  name                = "vnet-${each.key}"
  location            = each.value.location
  resource_group_name = azurerm_resource_group.net.name
  address_space       = [each.value.address_space]
}

resource "azurerm_subnet" "gateway" {
  for_each             = var.sites
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.net.name
  virtual_network_name = azurerm_virtual_network.site[each.key].name
  address_prefixes     = [each.value.gateway_subnet]
}

resource "azurerm_public_ip" "gateway" {
  for_each            = var.sites
  name                = "pip-vgw-${each.key}"
  location            = each.value.location
  resource_group_name = azurerm_resource_group.net.name
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}

resource "azurerm_virtual_network_gateway" "site" {
  for_each            = var.sites
  name                = "vgw-${each.key}"
  location            = each.value.location
  resource_group_name = azurerm_resource_group.net.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"
  generation          = "Generation1"
  bgp_enabled         = true

  bgp_settings {
    asn = each.value.asn
  }

  ip_configuration {
    name                          = "default"
    subnet_id                     = azurerm_subnet.gateway[each.key].id
    public_ip_address_id          = azurerm_public_ip.gateway[each.key].id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_virtual_network_gateway_connection" "west_to_east" {
  name                            = "cn-west-to-east"
  location                        = var.sites["west"].location
  resource_group_name             = azurerm_resource_group.net.name
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.site["west"].id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.site["east"].id
  shared_key                      = var.shared_key_west
  bgp_enabled                     = true
}

resource "azurerm_virtual_network_gateway_connection" "east_to_west" {
  name                            = "cn-east-to-west"
  location                        = var.sites["east"].location
  resource_group_name             = azurerm_resource_group.net.name
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.site["east"].id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.site["west"].id
  shared_key                      = var.shared_key_east
  bgp_enabled                     = true
}
