a = <<EOT
hello ${var.x}
EOT
b = <<-EOT
    indented
      %{ if true }more%{ endif }
    EOT
c = [<<X
in tuple
X
, 1]
