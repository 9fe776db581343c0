shadowed = "the program's array"
