a = 1, b = 2
c { d = 1, e = 2 }
f = [1 2]
g = "${var.x"
h = <<EOT
