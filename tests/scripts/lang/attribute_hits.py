# The attribute caches' inline hits (attribute_cache_hits.h): an instance attribute read or
# written where the site last found it, a class value read through an instance or on the class,
# a method pushed unbound. Each site below runs many times, so the hit path is what runs after
# the first pass; every case here is one where a stale position, filter or entry would be wrong.
class P:
    dims = 2

    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

    def total(self):
        return self.a + self.b + self.c


def read_c(o):
    return o.c


def write_c(o, v):
    o.c = v


def read_dims(o):
    return o.dims


def call_total(o):
    return o.total()


# Instances whose dicts hold the same names at other positions, through one site.
x = P(1, 2, 3)
y = P(4, 5, 6)
del y.a
y.a = 40  # now b, c, a
z = P(7, 8, 9)
z.__dict__.pop("a")  # b, c
z.a = 70
print([read_c(o) for o in (x, y, z, x, y, z)])  # expect: [3, 6, 9, 3, 6, 9]
for o in (x, y, z, x, y, z):
    write_c(o, read_c(o) + 1)
print(x.c, y.c, z.c, [call_total(o) for o in (x, y, z)])  # expect: 5 8 11 [8, 53, 89]

# Deleting an earlier attribute moves the later ones: the cached position then names another key.
w = P(1, 2, 3)
for i in range(3):
    write_c(w, read_c(w) + 1)
del w.a
print(read_c(w), w.b)  # expect: 6 2
write_c(w, 60)
print(read_c(w), w.b, w.__dict__)  # expect: 60 2 {'b': 2, 'c': 60}

# A class value through instances; then one instance gains its own, then loses it again.
q = P(0, 0, 0)
print([read_dims(o) for o in (q, q, x)])  # expect: [2, 2, 2]
q.dims = "own"
print([read_dims(o) for o in (q, x, q)])  # expect: ['own', 2, 'own']
del q.dims
print([read_dims(o) for o in (q, x)])  # expect: [2, 2]
setattr(q, "di" + "ms", "built name")  # a key that is equal to the name but not the same str
print(read_dims(q), read_dims(x))  # expect: built name 2
P.dims = 3
print(read_dims(q), read_dims(x), [P.dims for _ in range(2)])  # expect: built name 3 [3, 3]


def class_dims(cls):
    return cls.dims


class Q(P):
    pass


print([class_dims(c) for c in (P, Q, P, Q)])  # expect: [3, 3, 3, 3]
Q.dims = "q"
print([class_dims(c) for c in (P, Q)], read_dims(Q(0, 0, 0)))  # expect: [3, 'q'] q
del P.dims
try:
    class_dims(P)
except AttributeError as e:
    print(e)  # expect: type object 'P' has no attribute 'dims'
try:
    read_dims(x)
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'dims'

# A method shadowed by an instance attribute of the same name, set in several ways.
m = P(1, 1, 1)
print([call_total(m) for _ in range(3)])  # expect: [3, 3, 3]
m.total = lambda: "attribute"
print(call_total(m), call_total(x))  # expect: attribute 8
del m.total
print(call_total(m))  # expect: 3
setattr(m, "to" + "tal", lambda: "built")
print(call_total(m))  # expect: built
del m.__dict__["total"]
m.__dict__["total"] = lambda: "via __dict__"
print(call_total(m))  # expect: via __dict__
del m.__dict__["total"]
print(call_total(m))  # expect: 3


# An instance with many attributes (more names than the key filter has bits).
class Wide:
    def __init__(self):
        for i in range(100):
            setattr(self, "f%d" % i, i)

    def get(self):
        return self.f99

    def f50(self):
        return "method"


wide = Wide()
print([wide.get() for _ in range(2)], wide.f50)  # expect: [99, 99] 50
del wide.f50
print(wide.f50())  # expect: method


# A method replaced on the class, on a base, and overridden in the middle of a chain.
class A:
    def who(self):
        return "A"


class B(A):
    pass


class C(B):
    pass


def call_who(o):
    return o.who()


objs = [A(), B(), C()]
print([call_who(o) for o in objs * 2])  # expect: ['A', 'A', 'A', 'A', 'A', 'A']
B.who = lambda self: "B"
print([call_who(o) for o in objs])  # expect: ['A', 'B', 'B']
A.who = lambda self: "A2"
C.who = lambda self: "C"
print([call_who(o) for o in objs])  # expect: ['A2', 'B', 'C']
del B.who
print([call_who(o) for o in objs])  # expect: ['A2', 'A2', 'C']


# A plain class value replaced by a property (with a setter) after the sites filled.
class T:
    v = 1

    def __init__(self):
        self.v = 10


def read_v(o):
    return o.v


def write_v(o, value):
    o.v = value


t = T()
for i in range(3):
    write_v(t, read_v(t) + 1)
print(read_v(t))  # expect: 13
def set_w(self, value):
    self.__dict__["w"] = value


T.v = property(lambda self: "prop", set_w)
write_v(t, 99)
print(read_v(t), t.__dict__)  # expect: prop {'v': 13, 'w': 99}
del T.v
print(read_v(t))  # expect: 13


# self.x += 1 in methods, classmethods and staticmethods called through instances in a loop.
class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step
        return self

    @classmethod
    def name(cls):
        return cls.__name__

    @staticmethod
    def twice(v):
        return 2 * v


class Counter2(Counter):
    step = 2


cs = [Counter(), Counter2()]
for i in range(1000):
    cs[i & 1].bump()
print([c.n for c in cs], [c.name() for c in cs], [c.twice(c.n) for c in cs])  # expect: [500, 1000] ['Counter', 'Counter2'] [1000, 2000]
cs[0].step = 10
cs[0].bump()
print(cs[0].n, cs[0].__dict__)  # expect: 510 {'n': 510, 'step': 10}


# __getattr__ only for names the hit paths do not find.
class G:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "missing " + name


def read_real(o):
    return o.real


g = G()
print([read_real(g) for _ in range(2)])  # expect: [1, 1]
del g.real
print(read_real(g))  # expect: missing real
g.real = 2
print(read_real(g))  # expect: 2


# Functions read on the class, classmethods and staticmethods called through instances and
# classes, then shadowed by instance attributes or replaced on the class.
class K:
    def f(self):
        return "K.f"

    @classmethod
    def c(cls):
        return "c of " + cls.__name__

    @staticmethod
    def s(v):
        return "s%d" % v


class K2(K):
    def f(self):
        return "K2.f/" + K.f(self)


def via_class(cls, o):
    return cls.f(o)


def call_c(o):
    return o.c()


def call_s(o):
    return o.s(1)


k, k2 = K(), K2()
print([via_class(K, o) for o in (k, k2)], [via_class(K2, k2) for _ in range(2)])  # expect: ['K.f', 'K.f'] ['K2.f/K.f', 'K2.f/K.f']
print([call_c(o) for o in (k, k2, K, K2, k)])  # expect: ['c of K', 'c of K2', 'c of K', 'c of K2', 'c of K']
print([call_s(o) for o in (k, k2, K, K2, k)])  # expect: ['s1', 's1', 's1', 's1', 's1']
k.c = lambda: "own c"
k2.s = lambda v: "own s%d" % v
print([call_c(o) for o in (k, k2)], [call_s(o) for o in (k, k2, K2)])  # expect: ['own c', 'c of K2'] ['s1', 'own s1', 's1']
K.s = staticmethod(lambda v: "new s%d" % v)
K.f = lambda self: "new K.f"
print(call_s(K), call_s(K2), call_s(k2), via_class(K, k), via_class(K2, k2))  # expect: new s1 new s1 own s1 new K.f K2.f/new K.f
K.c = classmethod(lambda cls: "new c of " + cls.__name__)
print(call_c(K2), call_c(k), call_c(k2))  # expect: new c of K2 own c new c of K2


# More classes at one site than it keeps ways for.
class N0:
    tag = "n0"

    def v(self):
        return 0


class N1(N0):
    def v(self):
        return 1


class N2(N0):
    tag = "n2"

    def v(self):
        return 2


class N3(N1):
    def v(self):
        return 3


class N4(N2):
    tag = "n4"


class N5(N3):
    def v(self):
        return 5


def call_v(o):
    return o.v()


def read_tag(o):
    return o.tag


nodes = [N0(), N1(), N2(), N3(), N4(), N5()]
print([call_v(o) for o in nodes * 2])  # expect: [0, 1, 2, 3, 2, 5, 0, 1, 2, 3, 2, 5]
print([read_tag(o) for o in nodes * 2])  # expect: ['n0', 'n0', 'n2', 'n0', 'n4', 'n0', 'n0', 'n0', 'n2', 'n0', 'n4', 'n0']
N1.v = lambda self: "one"
N0.tag = "zero"
print([call_v(o) for o in nodes], [read_tag(o) for o in nodes])  # expect: [0, 'one', 2, 3, 2, 5] ['zero', 'zero', 'n2', 'zero', 'n4', 'zero']
