a = [f(x), (y)]
b = { k = (z) }
c = "${(a)}"
d = "x${f(y)}"
e = "%{ if (c) }y%{ endif }"
f = "%{ for x in f(l) }${x}%{ endfor }"
g = { (k) = 1 }
