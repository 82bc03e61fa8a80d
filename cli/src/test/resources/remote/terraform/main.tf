# Inputs that name remote things: nothing here may be fetched (see NoNetworkTest and .ci/run).
data "http" "ranges" {
  url = "https://example.invalid/ranges.json"
}

module "registry" {
  source  = "registry.terraform.io/hashicorp/example/azurerm"
  version = "1.0.0"
}

module "git" {
  source = "git::https://example.invalid/net.git"
}

module "archive" {
  source = "https://example.invalid/module.zip"
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-hub"
  address_space       = [jsondecode(data.http.ranges.response_body).hub]
  location            = "westeurope"
  resource_group_name = "rg"
}
