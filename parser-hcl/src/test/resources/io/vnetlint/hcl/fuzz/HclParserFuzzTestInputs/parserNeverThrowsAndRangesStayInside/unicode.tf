ünïcode = "é 😀 e\u0301"
foo-bar = a-b.c
