resource "a" "b" {}
x
