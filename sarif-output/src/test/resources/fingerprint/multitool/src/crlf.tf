resource "a" "b" {
  name = "x"

  name = "x"
}
