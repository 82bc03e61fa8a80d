variable "psk" {
  type      = string
  sensitive = true
  default   = "cnryTfSensitiveDefaultV6J9"
}

variable "radius" {
  type      = string
  sensitive = true
}

resource "azurerm_virtual_network_gateway" "a" {
  name                = "vgw-tf-a"
  location            = "westeurope"
  resource_group_name = "rg"
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"

  ip_configuration {
    name                 = "ipc"
    public_ip_address_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip"
    subnet_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/GatewaySubnet"
  }

  vpn_client_configuration {
    address_space        = ["172.16.202.0/24"]
    vpn_client_protocols = ["IkeV2"]
    vpn_auth_types       = ["Radius"]
    radius_server_address = "10.2.0.4"
    radius_server_secret  = var.radius
  }
}

resource "azurerm_virtual_network_gateway" "b" {
  name                = "vgw-tf-b"
  location            = "westeurope"
  resource_group_name = "rg"
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"

  ip_configuration {
    name                 = "ipc"
    public_ip_address_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip-b"
    subnet_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/w/subnets/GatewaySubnet"
  }

  vpn_client_configuration {
    address_space        = ["172.16.203.0/24"]
    vpn_client_protocols = ["IkeV2"]
    radius_server {
      address = "10.2.0.5"
      secret  = "cnryTfRadiusLiteralC1L5"
      score   = 1
    }
  }
}

resource "azurerm_virtual_network_gateway_connection" "a_to_b" {
  name                            = "tf-a-to-b"
  location                        = "westeurope"
  resource_group_name             = "rg"
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.a.id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.b.id
  shared_key                      = var.psk
}

resource "azurerm_virtual_network_gateway_connection" "b_to_a" {
  name                            = "tf-b-to-a"
  location                        = "westeurope"
  resource_group_name             = "rg"
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.b.id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.a.id
  shared_key                      = "cnryTfLiteralPskE2G8" # the same key as cnryTfLiteralPskE2G8 in the vault
}

resource "azurerm_virtual_network_gateway_connection" "er" {
  name                       = "tf-er"
  location                   = "westeurope"
  resource_group_name        = "rg"
  type                       = "ExpressRoute"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.b.id
  express_route_circuit_id   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er"
  authorization_key          = "cnryTfErAuthKeyU4S7"
}
