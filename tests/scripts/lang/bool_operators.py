# &, | and ^ of two bools give a bool; with an int they give an int.
print(False | False, True & True, True ^ True, True | False)
print(True & 3, False | 2, True ^ 1)
print(True + True, -True, ~False)
# expect: False True False True
# expect: 1 2 0
# expect: 2 -1 -1
