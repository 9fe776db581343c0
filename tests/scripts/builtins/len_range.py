# len() of every sized type; range() in its three forms; len() errors.
print(len("abc"), len(b"ab"), len([1, 2, 3, 4]), len((1,)), len({1: 2, 3: 4}))  # expect: 3 2 4 1 2
print(len(range(10)), len(range(2, 5)), len(range(10, 0, -3)))  # expect: 10 3 4
try:
    len(5)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
