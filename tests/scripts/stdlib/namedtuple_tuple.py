# collections.namedtuple as CPython 3.11 makes it: a subclass of tuple with __slots__ = (),
# read-only fields (_tuplegetter), a __new__ that binds its fields with CPython's messages, and
# everything a tuple does.
import copy
import json
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[1], p[-1], p[:1], len(p))
print(isinstance(p, tuple), isinstance(p, P), type(p) is P, type(p).__name__, P.__bases__)
print(p == (1, 2), (1, 2) == p, p != (1, 2), hash(p) == hash((1, 2)), p == P(1, 2), p == P(2, 1))
x, y = p
print(x, y, list(p), tuple(p), type(tuple(p)).__name__, 2 in p, p.count(1), p.index(2))
print(p + (3,), p * 2, sorted([P(2, 1), P(1, 3), P(1, 2)]), max(P(1, 9), P(2, 0)))
print({p: "found"}[(1, 2)], {(1, 2): "f2"}[p], set([p, (1, 2)]), "%s and %s" % p)
print(P._fields, P._field_defaults, P.__name__, P.__doc__)
print(P._make([5, 6]), P._make(range(2)), p._replace(y=9), p._asdict(), p.__getnewargs__())
print(P(y=4, x=3), P(1, y=2), P.__slots__, P.__match_args__)
for attempt in [lambda: setattr(p, "x", 3), lambda: setattr(p, "z", 3), lambda: delattr(p, "x")]:
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)

for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: P(),
            lambda: P._make([1]), lambda: p._replace(z=3), lambda: P(1, 2, 3, 4),
            lambda: namedtuple("T", "a b c")(), lambda: namedtuple("E", "")(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

D = namedtuple("D", "a b c", defaults=[10, 20])
print(D(1), D(1, 2), D(1, 2, 3), D(1, c=5), D._field_defaults)
for bad in [lambda: D(), lambda: D(1, 2, 3, 4), lambda: D(b=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
R = namedtuple("R", "a def _x a class", rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
M = namedtuple("M", ["one"], module="mymod")
print(M(1), M.__module__, M._fields, namedtuple("E", [])(), namedtuple("E", "")._fields)


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return "Point: x=%6.3f  y=%6.3f  hypot=%6.3f" % (self.x, self.y, self.hypot)


pt = Point(3, 4)
print(pt, repr(pt), pt.hypot, pt._replace(x=6), type(pt._replace(x=6)).__name__, Point._make([1, 1]))


class Point3(namedtuple("Point3", "x y z")):
    def __new__(cls, x, y, z=0):
        return super().__new__(cls, x, y, z)


q = Point3(1, 2)
q.note = "has a dict"
print(q, q.z, q.note, isinstance(q, tuple))
ps = [P(i % 3, -i) for i in range(6)]
print(sorted(ps, key=lambda v: (v.y, v.x))[:2], sorted(ps)[:3])
total = 0
for a, b in ps:
    total += a * b
print(total, sum(v.x for v in ps), [v.y for v in ps if v.x == 1])

c = P(1, [2])
shallow, deep = copy.copy(c), copy.deepcopy(c)
print(shallow, type(shallow).__name__, shallow[1] is c[1], deep, type(deep).__name__, deep[1] is c[1])
print(copy.deepcopy(q), copy.deepcopy(q).note, json.dumps(c), repr(P.x), P)
print(P.x.__doc__, P.y.__doc__)

# expect: P(x=1, y=2) P(x=1, y=2) P(x=1, y=2) 1 2 1 2 2 (1,) 2
# expect: True True True P (<class 'tuple'>,)
# expect: True True False True True False
# expect: 1 2 [1, 2] (1, 2) tuple True 1 1
# expect: (1, 2, 3) (1, 2, 1, 2) [P(x=1, y=2), P(x=1, y=3), P(x=2, y=1)] P(x=2, y=0)
# expect: found f2 {P(x=1, y=2)} 1 and 2
# expect: ('x', 'y') {} P P(x, y)
# expect: P(x=5, y=6) P(x=0, y=1) P(x=1, y=9) {'x': 1, 'y': 2} (1, 2)
# expect: P(x=3, y=4) P(x=1, y=2) () ('x', 'y')
# expect: AttributeError can't set attribute
# expect: AttributeError 'P' object has no attribute 'z'
# expect: AttributeError can't delete attribute
# expect: AttributeError 'P' object has no attribute '__dict__'
# expect: TypeError P.__new__() missing 1 required positional argument: 'y'
# expect: TypeError P.__new__() takes 3 positional arguments but 4 were given
# expect: TypeError P.__new__() got an unexpected keyword argument 'z'
# expect: TypeError P.__new__() got multiple values for argument 'x'
# expect: TypeError P.__new__() missing 2 required positional arguments: 'x' and 'y'
# expect: TypeError Expected 2 arguments, got 1
# expect: ValueError Got unexpected field names: ['z']
# expect: TypeError P.__new__() takes 3 positional arguments but 5 were given
# expect: TypeError T.__new__() missing 3 required positional arguments: 'a', 'b', and 'c'
# expect: TypeError E.__new__() takes 1 positional argument but 2 were given
# expect: D(a=1, b=10, c=20) D(a=1, b=2, c=20) D(a=1, b=2, c=3) D(a=1, b=10, c=5) {'b': 10, 'c': 20}
# expect: TypeError D.__new__() missing 1 required positional argument: 'a'
# expect: TypeError D.__new__() takes from 2 to 4 positional arguments but 5 were given
# expect: TypeError D.__new__() missing 1 required positional argument: 'a'
# expect: ('a', '_1', '_2', '_3', '_4') R(a=1, _1=2, _2=3, _3=4, _4=5)
# expect: M(one=1) mymod ('one',) E() ()
# expect: Point: x= 3.000  y= 4.000  hypot= 5.000 Point(x=3, y=4) 5.0 Point: x= 6.000  y= 4.000  hypot= 7.211 Point Point: x= 1.000  y= 1.000  hypot= 1.414
# expect: Point3(x=1, y=2, z=0) 0 has a dict True
# expect: [P(x=2, y=-5), P(x=1, y=-4)] [P(x=0, y=-3), P(x=0, y=0), P(x=1, y=-4)]
# expect: -19 6 [-1, -4]
# expect: P(x=1, y=[2]) P True P(x=1, y=[2]) P False
# expect: Point3(x=1, y=2, z=0) has a dict [1, [2]] _tuplegetter(0, 'Alias for field number 0') <class '__main__.P'>
# expect: Alias for field number 0 Alias for field number 1
