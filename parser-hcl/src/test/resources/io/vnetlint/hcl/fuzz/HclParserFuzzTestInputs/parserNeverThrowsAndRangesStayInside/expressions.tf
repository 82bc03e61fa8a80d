a = azurerm_subnet.this[*].id
b = a.*.b[0]
c = x.0.y
d = local.m[var.k]["z"]
e = provider::azurerm::normalise_resource_id(var.id)
f = concat(var.l...)
g = [for s in var.l : upper(s) if s != ""]
h = { for k, v in var.m : v => k... }
i = var.env == "prod" ? 3 : 1 + 2 * 3 - 4 / 5 % 6
j = (a >= b && c <= d) || !e
k = func(x).attr[0]
l = {a = 1, "b" = 2, (var.k) = 3, c : 4}
m = try(local.a.b, null)
n = -var.n
