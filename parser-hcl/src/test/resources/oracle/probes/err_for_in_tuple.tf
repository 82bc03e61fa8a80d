a = [for, foo]
