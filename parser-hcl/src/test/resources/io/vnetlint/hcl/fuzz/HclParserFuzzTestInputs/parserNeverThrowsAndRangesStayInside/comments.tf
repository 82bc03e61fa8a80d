# hash
// slash
/* block */ a = 1 # trailing
b = [
  1, # one
  2,
]
