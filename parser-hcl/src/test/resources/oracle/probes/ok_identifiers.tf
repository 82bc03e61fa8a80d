foo-bar = 1
_x = 2
a = foo-bar
b = x-y.z
c = azurerm_a.b-c.id
ünïcode = 3
