# __slots__ as CPython 3.11: instances keep the named attributes in slots and get no dict, other
# names cannot be set, an unset slot reads as missing, del works, a subclass without __slots__
# gets a dict and one with its own adds slots, "__dict__" among the slots gives a dict back, and
# the class holds member descriptors. Each site runs many times, so the caches' hits run too.
# args: --gil newgil
# args: --gil nogil


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


def total(points):
    s = 0
    for p in points:
        s += p.x
    return s


def store_all(points, v):
    for p in points:
        p.y = v


ps = [P(i) for i in range(100)]
print(total(ps))  # expect: 4950
store_all(ps, 7)
print(sum(p.y for p in ps))  # expect: 700
store_all(ps, "s")  # the old values go
print(ps[3].y)  # expect: s

p = P(1)
print(hasattr(p, "__dict__"))  # expect: False
try:
    p.z = 3
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'z'
for _ in range(3):  # the cached store raises alike
    try:
        p.z = 3
    except AttributeError as e:
        last = str(e)
print(last)  # expect: 'P' object has no attribute 'z'
for _ in range(3):  # an unset slot reads as missing, through the cache too
    try:
        print(p.y)
    except AttributeError as e:
        last = str(e)
print(last)  # expect: 'P' object has no attribute 'y'
print(getattr(p, "y", "default"), hasattr(p, "y"))  # expect: default False
setattr(p, "y", 10)
print(p.y)  # expect: 10
del p.x
try:
    p.x
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'x'
try:
    del p.x
except AttributeError as e:
    print(e)  # expect: x
try:
    del p.z
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'z'
try:
    p.__dict__
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute '__dict__'
try:
    vars(p)
except TypeError as e:
    print(e)  # expect: vars() argument must have __dict__ attribute
print(P.x)  # expect: <member 'x' of 'P' objects>
print(type(P.y).__name__)  # expect: member_descriptor
print(P.__slots__)  # expect: ('x', 'y')


class Q(P):  # no __slots__: a dict beside the slots
    pass


q = Q(2)
q.z = 5
print(q.__dict__, q.x)  # expect: {'z': 5} 2


class R(P):
    __slots__ = ["w"]


r = R(3)
r.w = 4
print(r.x, r.w, R.w, R.x)  # expect: 3 4 <member 'w' of 'R' objects> <member 'x' of 'P' objects>
try:
    r.v = 1
except AttributeError as e:
    print(e)  # expect: 'R' object has no attribute 'v'


class S:
    __slots__ = "a"


s = S()
s.a = [1]
print(s.a, S.__slots__)  # expect: [1] a


class D:
    __slots__ = ("a", "__dict__")


d = D()
d.a = 1
d.b = 2
print(d.__dict__, d.a)  # expect: {'b': 2} 1


class W:
    __slots__ = ("__weakref__", "k")


w = W()
w.k = 3
print(w.k, hasattr(w, "__dict__"))  # expect: 3 False

try:
    class E:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)  # expect: 'a' in __slots__ conflicts with class variable
try:
    class F:
        __slots__ = (1,)
except TypeError as e:
    print(e)  # expect: __slots__ items must be strings, not 'int'
try:
    class G:
        __slots__ = ("a b",)
except TypeError as e:
    print(e)  # expect: __slots__ must be identifiers


class A1:
    __slots__ = ("a",)


class B1:
    __slots__ = ("b",)


try:
    class C1(A1, B1):
        pass
except TypeError as e:
    print(e)  # expect: multiple bases have instance lay-out conflict


class C2(R, P):  # R extends P's layout: no conflict
    __slots__ = ()


c2 = C2(5)
c2.w = 6
print(c2.x, c2.w, hasattr(c2, "__dict__"))  # expect: 5 6 False
try:
    class H:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(e)  # expect: __dict__ slot disallowed: we already got one
try:
    class I(Q):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(e)  # expect: __dict__ slot disallowed: we already got one

o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)  # expect: 'object' object has no attribute 'x'
print(hasattr(o, "__dict__"))  # expect: False


class Prop:  # a property beside slots, and a slot holding a container freed with its instance
    __slots__ = ("_v", "items")

    def __init__(self):
        self._v = 1
        self.items = [1, 2, 3]

    @property
    def v(self):
        return self._v * 10


pr = Prop()
print(pr.v, pr.items)  # expect: 10 [1, 2, 3]
del pr
