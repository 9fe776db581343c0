shadowed = "the program's json"
