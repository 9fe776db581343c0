# functools.cached_property: computed once into the instance dict, shadowed and deleted as a
# non-data descriptor, __set_name__ errors wrapped in RuntimeError (3.11), slots refused.
from functools import cached_property
import functools


class Circle:
    calls = 0

    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        Circle.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, Circle.calls, c.__dict__)
c.area = 5  # a non-data descriptor: the instance's own value wins
print(c.area, Circle.calls)
del c.area
print(c.area, Circle.calls)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.func.__name__)
d = Circle(3)
print(d.area, Circle.calls, vars(d))


class Sub(Circle):
    @cached_property
    def perimeter(self):
        return 6 * self.r


s = Sub(1)
print(s.area, s.perimeter, sorted(s.__dict__))


class Slotted:
    __slots__ = ("r",)

    def __init__(self):
        self.r = 1

    @cached_property
    def big(self):
        return self.r * 100


try:
    Slotted().big
except TypeError as e:
    print("TypeError", e)

try:
    class Twice:
        x = cached_property(lambda self: 1)
        y = x
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

loose = cached_property(lambda self: 1)


class Late:
    pass


Late.v = loose
try:
    Late().v
except TypeError as e:
    print("TypeError", e)


class Raising:
    @cached_property
    def bad(self):
        raise ValueError("no")


r = Raising()
for _ in range(2):
    try:
        r.bad
    except ValueError as e:
        print("ValueError", e, r.__dict__)
print(hasattr(functools, "cached_property"))

# expect: 12 12 1 {'r': 2, 'area': 12}
# expect: 5 1
# expect: 12 2
# expect: cached_property area area
# expect: 27 3 {'r': 3, 'area': 27}
# expect: 3 6 ['area', 'perimeter', 'r']
# expect: TypeError No '__dict__' attribute on 'Slotted' instance to cache 'big' property.
# expect: RuntimeError Error calling __set_name__ on 'cached_property' instance 'y' in 'Twice' TypeError("Cannot assign the same cached_property to two different names ('x' and 'y').") True True
# expect: TypeError Cannot use cached_property instance without calling __set_name__ on it.
# expect: ValueError no {}
# expect: ValueError no {}
# expect: True
