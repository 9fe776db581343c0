# isinstance() of script instances against their classes and bases (answered in line from the
# class's MRO), against unrelated classes, tuples, builtins, and classes whose metaclass or
# __instancecheck__ decides.
# args: --gil newgil
# args: --gil nogil
class Shape:
    pass
class Rect(Shape):
    pass
class Square(Rect):
    pass
class Circle(Shape):
    pass
class Mixin:
    pass
class Both(Square, Mixin):
    pass

objs = [Shape(), Rect(), Square(), Circle(), Both()]
for o in objs:
    print(type(o).__name__, [isinstance(o, c) for c in (Shape, Rect, Square, Circle, Mixin, Both, object)],
          isinstance(o, (Circle, Square)), isinstance(o, int), isinstance(o, (int, str)))

class Meta(type):
    def __instancecheck__(cls, obj):
        return getattr(obj, "quack", False)
class Duck(metaclass=Meta):
    pass
class RealDuck(Duck):
    pass
class Robot:
    quack = True
print(isinstance(Robot(), Duck), isinstance(RealDuck(), Duck), isinstance(Duck(), Duck),
      isinstance(3, Duck))

# In a loop, with the class swapped on the instance.
class A:
    pass
class B(A):
    pass
class C:
    pass
counts = [0, 0, 0]
x = B()
for i in range(6):
    counts[0] += isinstance(x, A)
    counts[1] += isinstance(x, B)
    counts[2] += isinstance(x, C)
    if i == 2:
        x.__class__ = C
print(counts)
try:
    isinstance(x, 5)
except TypeError as e:
    print("TypeError", e)

# expect: Shape [True, False, False, False, False, False, True] False False False
# expect: Rect [True, True, False, False, False, False, True] False False False
# expect: Square [True, True, True, False, False, False, True] True False False
# expect: Circle [True, False, False, True, False, False, True] True False False
# expect: Both [True, True, True, False, True, True, True] True False False
# expect: True False True False
# expect: [3, 3, 3]
# expect: TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
