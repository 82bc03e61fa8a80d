# hash
// slash
/* block
   comment */
a = 1 # trailing
b = 2 // trailing
c = /* inline */ 3
d = [
  1, # one
  2, // two
]
e = {
  a = 1 # a
  /* b */ b = 2
}
