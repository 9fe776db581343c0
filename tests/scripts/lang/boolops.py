# and/or return one of their operands and short-circuit; not always gives a bool.
print(0 or 5)  # expect: 5
print(3 or 5)  # expect: 3
print(2 and 3)  # expect: 3
print(0 and 3)  # expect: 0
print("" or "default")  # expect: default
print([] and 1)  # expect: []
print(None or 0)  # expect: 0
print(1 and 2 and 3)  # expect: 3
print(0 or "" or None)  # expect: None
print(not 0, not 1, not "", not "a")  # expect: True False True False
print(not [], not None)  # expect: True True
print(True and False, True or False)  # expect: False True
print(not (1 < 2))  # expect: False
print(1 < 2 and 2 < 3)  # expect: True

calls = []
def side(v):
    calls.append(v)
    return v

r = side(0) and side(1)
print(r, calls)  # expect: 0 [0]
calls = []
r = side(2) or side(3)
print(r, calls)  # expect: 2 [2]
calls = []
r = side(0) or side(4) and side(5)
print(r, calls)  # expect: 5 [0, 4, 5]
