a = "bom"
b = f(x)
