# Setting an attribute on a builtin value: a name its type has (a method) is read-only; any other
# name is missing, as CPython 3.11 says (these values have no __dict__).
x=5
try:
    x.target = 1
except AttributeError as e: print(e)
try:
    "s".foo = 1
except AttributeError as e: print(e)
try:
    [].append = 1
except AttributeError as e: print(e)
# expect: 'int' object has no attribute 'target'
# expect: 'str' object has no attribute 'foo'
# expect: 'list' object attribute 'append' is read-only
