resource "a" "b" {
  c = f(x
  d = "%{if x}
