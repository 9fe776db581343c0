# LOAD_ATTR and LOAD_METHOD on modules remember a name's slot per call site: the value read must
# follow the module's changes, and one site may see several modules.
# args: --gil newgil
# args: --gil nogil
import math
import string
import collections


def sqrt_of(m, x):
    return m.sqrt(x)


def pi_of(m):
    return m.pi


for i in range(3):
    print(sqrt_of(math, 16.0 + i), pi_of(math))
math.pi = 3
print(pi_of(math))
math.pi = 3.141592653589793
print(pi_of(math))


def name_of(m):
    return m.__name__


for m in (math, string, collections, math):
    print(name_of(m))


def first_attr(m):
    return m.ascii_lowercase[:3]


print(first_attr(string), first_attr(string))


class Fake:
    ascii_lowercase = "xyzw"


print(first_attr(Fake()), first_attr(string))
try:
    print(pi_of(string))
except AttributeError as e:
    print(type(e).__name__, e)
try:
    math.no_such(1)
except AttributeError as e:
    print(type(e).__name__, e)
math.added_later = 42


def added(m):
    return m.added_later


print(added(math), added(math))
math.added_later = 43
print(added(math))
for _ in range(3):
    print(math.floor(2.5) + math.ceil(2.5), collections.deque([1, 2]).pop())

# The expected output (CPython 3.11):
# expect: 4.0 3.141592653589793
# expect: 4.123105625617661 3.141592653589793
# expect: 4.242640687119285 3.141592653589793
# expect: 3
# expect: 3.141592653589793
# expect: math
# expect: string
# expect: collections
# expect: math
# expect: abc abc
# expect: xyz abc
# expect: AttributeError module 'string' has no attribute 'pi'
# expect: AttributeError module 'math' has no attribute 'no_such'
# expect: 42 42
# expect: 43
# expect: 5 2
# expect: 5 2
# expect: 5 2
