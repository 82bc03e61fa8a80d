terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.0"
    }
  }
}

provider "azurerm" {
  features {}
}

resource "azurerm_virtual_network" "hub" {
  name          = "hub"
  address_space = ["10.0.0.0/16"]

  subnet {
    name           = "a"
    address_prefix = "10.0.1.0/24"
  }
  subnet {
    name           = "b"
    address_prefix = "10.0.2.0/24"
  }

  dynamic "subnet" {
    for_each = var.extra
    content {
      name = subnet.value.name
    }
  }
}

resource "azurerm_virtual_network" "spoke" {}
resource azurerm_subnet bare_labels {}
locals { a = 1 }
locals {
  b = 2
}
module "m" {
  source = "./m"
}
x "a" "b" "c" {
  y = 1
}
x "a" "b" "d" {
  y = 2
}
one_line { a = 1 }
