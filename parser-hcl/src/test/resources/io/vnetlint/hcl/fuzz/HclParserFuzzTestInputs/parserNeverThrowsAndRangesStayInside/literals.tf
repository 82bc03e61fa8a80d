a = 1.5e3
b = -1
c = !true
d = null
e = "esc \" \\ \n \u00e9 \U0001F600 $${x} %%{y}"
