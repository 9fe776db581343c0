# Errors of classes, closures and calls on objects (CPython 3.11 messages).
class Point:
    def __init__(self, x):
        self.x = x

class Empty:
    pass

class Frozen:
    @property
    def size(self):
        return 1

class BadInit:
    def __init__(self):
        return 5

class BadRepr:
    def __repr__(self):
        return 42

p = Point(1)
try:
    p.y
except AttributeError as e:
    print(e)  # expect: 'Point' object has no attribute 'y'
try:
    Point.nothing
except AttributeError as e:
    print(e)  # expect: type object 'Point' has no attribute 'nothing'
try:
    Empty(1)
except TypeError as e:
    print(e)  # expect: Empty() takes no arguments
try:
    Point()
except TypeError as e:
    print(e)  # expect: Point.__init__() missing 1 required positional argument: 'x'
try:
    Frozen().size = 3
except AttributeError as e:
    print(e)  # expect: property 'size' of 'Frozen' object has no setter
try:
    BadInit()
except TypeError as e:
    print(e)  # expect: __init__() should return None, not 'int'
try:
    repr(BadRepr())
except TypeError as e:
    print(e)  # expect: __repr__ returned non-string (type int)
try:
    p()
except TypeError as e:
    print(e)  # expect: 'Point' object is not callable
try:
    p < p
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Point' and 'Point'
try:
    len(p)
except TypeError as e:
    print(e)  # expect: object of type 'Point' has no len()
try:
    for _ in p:
        pass
except TypeError as e:
    print(e)  # expect: 'Point' object is not iterable
try:
    next(p)
except TypeError as e:
    print(e)  # expect: 'Point' object is not an iterator
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))  # expect: StopIteration StopIteration()
try:
    isinstance(p, 3)
except TypeError as e:
    print(e)  # expect: isinstance() arg 2 must be a type, a tuple of types, or a union
try:
    raise ValueError("x") from 3
except TypeError as e:
    print(e)  # expect: exception causes must derive from BaseException
class Hashless:
    def __eq__(self, other):
        return True
try:
    {Hashless(): 1}
except TypeError as e:
    print(e)  # expect: unhashable type: 'Hashless'
