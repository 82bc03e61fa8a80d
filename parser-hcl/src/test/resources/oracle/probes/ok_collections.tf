a = []
b = {}
c = [[], {}]
d = [1, "two", var.three, [4]]
e = {
  a = 1
  "b" = 2
  (var.k) = 3
  4 = 5
  a.b = 6
  c : 7,
  "${var.d}" = 8
  "x${var.e}" = 9
  null = 10
  true = 11
}
f = { a = 1, a = 2 }
g = [
  1,
  2,
]
h = {
  nested = { deep = [ { x = var.y } ] }
}
