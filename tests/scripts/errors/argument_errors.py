# Errors of *args, **kwargs, keyword-only parameters and unpacking (CPython 3.11 messages).
def f(a, *, key):
    return a, key

def g(a, **kw):
    return a, kw

def h(*args, x=1):
    return args, x

try:
    f(1)
except TypeError as e:
    print(e)  # expect: f() missing 1 required keyword-only argument: 'key'
try:
    f(1, 2)
except TypeError as e:
    print(e)  # expect: f() takes 1 positional argument but 2 were given
try:
    f(1, key=2, other=3)
except TypeError as e:
    print(e)  # expect: f() got an unexpected keyword argument 'other'
try:
    g(1, a=2)
except TypeError as e:
    print(e)  # expect: g() got multiple values for argument 'a'
try:
    g(1, **{"b": 1}, b=2)
except TypeError as e:
    print(e)  # expect: __main__.g() got multiple values for keyword argument 'b'
try:
    h(*5)
except TypeError as e:
    print(e)  # expect: __main__.h() argument after * must be an iterable, not int
try:
    h(**[1])
except TypeError as e:
    print(e)  # expect: __main__.h() argument after ** must be a mapping, not list
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected at least 2, got 1)
print(h(1, 2, x=3))  # expect: ((1, 2), 3)
