# The messages of common runtime errors, caught (CPython 3.11 texts).
def show(e):
    print(e)

try:
    1 + "a"
except TypeError as e:
    show(e)  # expect: unsupported operand type(s) for +: 'int' and 'str'
try:
    "a" - 1
except TypeError as e:
    show(e)  # expect: unsupported operand type(s) for -: 'str' and 'int'
try:
    "a" + 1
except TypeError as e:
    show(e)  # expect: can only concatenate str (not "int") to str
try:
    [1][1]
except IndexError as e:
    show(e)  # expect: list index out of range
try:
    (1, 2)[5]
except IndexError as e:
    show(e)  # expect: tuple index out of range
try:
    "abc"[3]
except IndexError as e:
    show(e)  # expect: string index out of range
try:
    b"abc"[3]
except IndexError as e:
    show(e)  # expect: index out of range
try:
    a, b = [1, 2, 3]
except ValueError as e:
    show(e)  # expect: too many values to unpack (expected 2)
try:
    a, b, c = (1, 2)
except ValueError as e:
    show(e)  # expect: not enough values to unpack (expected 3, got 2)
try:
    5()
except TypeError as e:
    show(e)  # expect: 'int' object is not callable
try:
    for x in 5:
        pass
except TypeError as e:
    show(e)  # expect: 'int' object is not iterable
try:
    None[0]
except TypeError as e:
    show(e)  # expect: 'NoneType' object is not subscriptable
try:
    "abc"[0] = "x"
except TypeError as e:
    show(e)  # expect: 'str' object does not support item assignment
try:
    1 < "a"
except TypeError as e:
    show(e)  # expect: '<' not supported between instances of 'int' and 'str'
try:
    [1, 2]["x"]
except TypeError as e:
    show(e)  # expect: list indices must be integers or slices, not str
