a = [
  for x in var.l :
  x
]
b = {
  for k, v in var.m :
  k => v
  if v != null
}
c = f(
  a,
  b
)
d = (
  1 +
  2
)
e = var.m[
  "k"
]
