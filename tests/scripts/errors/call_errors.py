# Calling functions with the wrong arguments (CPython 3.11 messages).
def f(a, b):
    return a + b

def g(a, b=2):
    return a + b

try:
    f(1)
except TypeError as e:
    print(e)  # expect: f() missing 1 required positional argument: 'b'
try:
    f()
except TypeError as e:
    print(e)  # expect: f() missing 2 required positional arguments: 'a' and 'b'
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)  # expect: f() takes 2 positional arguments but 3 were given
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)  # expect: g() takes from 1 to 2 positional arguments but 3 were given
try:
    f(1, c=3)
except TypeError as e:
    print(e)  # expect: f() got an unexpected keyword argument 'c'
try:
    f(1, a=3)
except TypeError as e:
    print(e)  # expect: f() got multiple values for argument 'a'
print(g(1), g(1, b=5))  # expect: 3 6
