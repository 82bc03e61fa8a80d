a = 1
b {
  c = <<EOT
x
EOT
}
