a = var.x
b = azurerm_subnet.this[*].id
c = azurerm_subnet.this.0.id
d = azurerm_subnet.this["gw"].id
e = local.m[var.k]
f = a.*.b[0]
g = a[*].b[0]
h = f(x)
i = provider::azurerm::normalise_resource_id(var.id)
j = merge(
    var.a,
    { b = 1 },
  )
k = concat(var.l...)
l = [for s in var.l : upper(s) if s != ""]
m = { for k, v in var.subnets : v.nsg => k... }
n = var.env == "prod" ? 3 : 1
o = 1 + 2 * 3 - 4 / 5 % 6
p = a >= b && c <= d || !e
q = (1 + 2) * 3
r = map(object({ cidr = string, nsg = bool }))
s = string
t = setproduct(a, b)
u = func(x).attr[0]
v = (a).b
w = [for i, x in var.l : { name = x, idx = i }]
x = try(local.a.b, null)
y = -var.n
z = a ? b : c ? d : e
