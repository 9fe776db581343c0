# The attribute caches' ways are keyed by the class's version tag alone (with one bit for a lookup
# on the class itself), and an attribute instruction finds its cache by its operand: one site
# that sees a class and its instances, classmethods and staticmethods pushed by LOAD_METHOD, a
# class changed under a warm site, more classes than ways, stale positions in the instance dict,
# and a stored value whose old one must go. Each site runs many times, so its hits are what run.
# args: --gil newgil
# args: --gil nogil
class A:
    tag = "A"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def twice(x):
        return 2 * x


class B(A):
    tag = "B"

    def get(self):
        return -self.v


def read_tag(o):
    return o.tag  # one site: classes and instances of both


def call_get(o):
    return o.get()


def call_make(o, v):
    return o.make(v).v  # a classmethod through an instance or the class


def call_twice(o, x):
    return o.twice(x)


def read_get(o):
    return o.get  # a bound method from an instance, the plain function from a class


out = []
for i in range(30):
    for o in (A, A(1), B, B(2)):
        out.append(read_tag(o))
print("".join(out[:8]), len(out))  # expect: AABBAABB 120

total = 0
for i in range(50):
    total += call_get(A(i)) + call_get(B(i))
print(total)  # expect: 0

print(sum(call_make(o, 3) for o in (A, A(0), B, B(0)) for i in range(20)))  # expect: 240
print(type(A(0).make(1)).__name__, type(B.make(1)).__name__)  # expect: A B
print(sum(call_twice(o, 5) for o in (A, A(0), B, B(0)) for i in range(20)))  # expect: 800

f = [read_get(o) for o in (A, A(7), B, B(7)) for i in range(5)]
print(f[0] is A.get, f[5](), f[10] is B.get, f[15]())  # expect: True 7 True -7

# The class changes under a warm site: a new method, a property, then gone again.
a = A(4)
for i in range(10):
    call_get(a)
A.get = lambda self: self.v * 100
print(call_get(a), call_get(B(4)))  # expect: 400 -4
A.tag = property(lambda self: "prop")
print(read_tag(a), type(read_tag(A)).__name__, read_tag(B(0)))  # expect: prop property B
del A.tag
try:
    read_tag(a)
except AttributeError:
    print("no tag", read_tag(B(0)))  # expect: no tag B

# More classes than ways at one site, over and over.
classes = [type("C%d" % k, (A,), {"tag": k}) for k in range(7)]
print(sum(read_tag(c(0)) + read_tag(c) for i in range(10) for c in classes))  # expect: 420

# An instance dict whose entries move: the site's position goes stale.
class P:
    pass


def set_x(o, v):
    o.x = v


def get_x(o):
    return o.x


ps = []
for k in range(6):
    p = P()
    for name in ["a", "b", "c", "d", "e"][:k]:
        setattr(p, name, k)
    set_x(p, k)
    ps.append(p)
print([get_x(p) for p in ps for i in range(3)][::3])  # expect: [0, 1, 2, 3, 4, 5]
q = ps[3]
del q.a
del q.x
try:
    get_x(q)
except AttributeError:
    print("gone")  # expect: gone
set_x(q, "back")
print(get_x(q), [get_x(p) for p in ps])  # expect: back [0, 1, 2, 'back', 4, 5]

# Stores replace the old value: its last reference goes, the new one stays.
class Box:
    def __init__(self):
        self.item = []


b = Box()
for i in range(100):
    set_item = [i] * 3
    b.item = set_item
print(b.item, len(set_item))  # expect: [99, 99, 99] 3

# An instance attribute that shadows a method, then goes: LOAD_METHOD must see both.
a2 = A(5)
print(call_get(a2))  # expect: 500
a2.get = lambda: "own"
print(call_get(a2))  # expect: own
del a2.get
print(call_get(a2))  # expect: 500
