a = "é"
b = "😀" # emoji
c = "e\u0301" 
d = f("ü", var.x)
