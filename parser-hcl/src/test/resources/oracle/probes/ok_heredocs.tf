a = <<EOT
hello
  world ${var.x}
EOT
b = <<-EOT
    indented
      more ${var.y}
    EOT
c = <<-EOT
	tab
	 tab-space
	EOT
d = <<EOT
EOT
e = <<-X
  %{ for i in var.list ~}
  item ${i}
  %{ endfor ~}
  X
f = [<<EOT
in tuple
EOT
, "after"]
g = <<EOT
not EOT
EOTX
  EOT
h = <<-EOT

    blank line above
  EOT
