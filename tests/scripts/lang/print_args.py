# print with several arguments, sep= and end=, and the str() of common values.
print()  # expect:
print(1, 2, 3)  # expect: 1 2 3
print("a", "b", sep="-")  # expect: a-b
print("a", "b", "c", sep="")  # expect: abc
print("no newline", end="")
print(" continued")  # expect: no newline continued
print("x", end="|")
print("y", end="|\n")  # expect: x|y|
print(1, "two", sep=", ", end=".\n")  # expect: 1, two.
print(None, True, False)  # expect: None True False
print([1, 'a', b'b', None, True])  # expect: [1, 'a', b'b', None, True]
print((1,), (), (1, 2))  # expect: (1,) () (1, 2)
print([], [[]], [(1, 'x')])  # expect: [] [[]] [(1, 'x')]
print({'k': [1, 2], 3: 'v'})  # expect: {'k': [1, 2], 3: 'v'}
print("it's", ["it's"])  # expect: it's ["it's"]
print(-0)  # expect: 0
