a = f(x
b = 1
