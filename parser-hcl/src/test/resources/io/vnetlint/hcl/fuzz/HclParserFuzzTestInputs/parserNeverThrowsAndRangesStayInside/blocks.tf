resource "azurerm_virtual_network" "hub" {
  name          = "hub"
  address_space = ["10.0.0.0/16"]
  subnet {
    name = "a"
  }
  dynamic "subnet" {
    for_each = var.extra
    content { name = subnet.value }
  }
}
locals { a = 1 }
x a "b" {}
