# Attributes cannot be set on list and dict (the builtins, and the classes standing for them in
# a subclass's bases), nor on the other builtin types, as CPython's immutable types.
class D(dict): pass
try:
    D.__bases__[0].x = 1
except TypeError as e:
    print(e)
try:
    list.x = 1
except TypeError as e:
    print(e)
import collections
try:
    collections.deque.x = 1
except TypeError as e:
    print(e)

# The expected output (CPython 3.11):
# expect: cannot set 'x' attribute of immutable type 'dict'
# expect: cannot set 'x' attribute of immutable type 'list'
# expect: cannot set 'x' attribute of immutable type 'collections.deque'
