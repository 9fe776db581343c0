# Attribute, method and global caches: each site below runs more than once, so a cache filled on
# the first run must notice what changed before the next.
class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def name(self):
        return "Base"


class Child(Base):
    def name(self):
        return "Child"


class Other:
    kind = "other"

    def __init__(self, v):
        self.v = v

    def get(self):
        return -self.v

    def name(self):
        return "Other"


def read_kind(o):
    return o.kind


def call_name(o):
    return o.name()


def call_get(o):
    return o.get()


def read_v(o):
    return o.v


b, c, o = Base(1), Child(2), Other(3)
# Polymorphism: three classes through one site (more than the cache holds at once).
print([call_name(x) for x in (b, c, o, b, c, o)])  # expect: ['Base', 'Child', 'Other', 'Base', 'Child', 'Other']
print([call_get(x) for x in (b, c, o, c, b)], [read_v(x) for x in (o, b, c)])  # expect: [1, 2, -3, 2, 1] [3, 1, 2]
print([read_kind(x) for x in (b, c, o)])  # expect: ['base', 'base', 'other']

# A class attribute rebound after the cache was filled, on the class and on its base.
Base.kind = "rebound"
print(read_kind(b), read_kind(c))  # expect: rebound rebound
Child.kind = "child"
print(read_kind(b), read_kind(c))  # expect: rebound child
del Child.kind
print(read_kind(c))  # expect: rebound
Base.kind = lambda self: "a function now"
print(read_kind(b)())  # expect: a function now
Base.kind = 5
print(read_kind(b), read_kind(c))  # expect: 5 5

# A method replaced on the class, then on a base, then a new override in the subclass.
Base.get = lambda self: self.v * 100
print(call_get(b), call_get(c))  # expect: 100 200
Child.get = lambda self: "child get"
print(call_get(b), call_get(c))  # expect: 100 child get
del Child.get
print(call_get(c))  # expect: 200
Base.name = lambda self: "renamed"
print(call_name(b), call_name(c))  # expect: renamed Child

# An instance attribute shadowing a method, then deleted again.
c.name = lambda: "instance attribute"
print(call_name(c), call_name(Child(0)))  # expect: instance attribute Child
del c.name
print(call_name(c))  # expect: Child

# Instance attributes deleted and added after construction.
d = Base(7)
print(read_v(d))  # expect: 7
del d.v
try:
    read_v(d)
except AttributeError as e:
    print(e)  # expect: 'Base' object has no attribute 'v'
d.v = 8
d.extra = 9
print(read_v(d), d.extra)  # expect: 8 9


# Properties: a property wins over the instance dict; a property added to the class later.
class Temp:
    def __init__(self):
        self.__dict__["celsius"] = "shadowed"
        self._c = 10

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v * 2


def read_celsius(t):
    return t.celsius


def write_celsius(t, v):
    t.celsius = v


t = Temp()
print(read_celsius(t), read_celsius(t))  # expect: 10 10
write_celsius(t, 4)
write_celsius(t, 5)
print(read_celsius(t), t.__dict__["celsius"])  # expect: 10 shadowed


class Plain:
    pass


p = Plain()
p.size = 3
print(read_v(Base(4)), p.size)  # expect: 4 3


def read_size(x):
    return x.size


print(read_size(p))  # expect: 3
Plain.size = property(lambda self: "property now")
print(read_size(p))  # expect: property now
del Plain.size
print(read_size(p))  # expect: 3


# __getattr__: only for what normal lookup does not find.
class Lazy:
    seen = 0

    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        Lazy.seen += 1
        return name.upper()


def read_real(x):
    return x.real


def read_missing(x):
    return x.missing


z = Lazy()
print(read_real(z), read_missing(z), read_missing(z), Lazy.seen)  # expect: 1 MISSING MISSING 2
z.missing = "now real"
print(read_missing(z), Lazy.seen)  # expect: now real 2
print(getattr(z, "other"), hasattr(z, "anything"))  # expect: OTHER True


# classmethods, staticmethods and super() at sites run repeatedly.
class Shape:
    sides = 0

    @classmethod
    def make(cls, n):
        s = cls()
        s.n = n
        return s

    @staticmethod
    def unit():
        return "unit"

    def describe(self):
        return "shape %d" % self.n


class Square(Shape):
    sides = 4

    def describe(self):
        return "square/" + super().describe()


def build(cls, n):
    return cls.make(n)


def describe(s):
    return s.describe() + " " + s.unit() + " " + str(s.sides)


for cls in (Shape, Square, Shape, Square):
    print(describe(build(cls, 3)))
# expect: shape 3 unit 0
# expect: square/shape 3 unit 4
# expect: shape 3 unit 0
# expect: square/shape 3 unit 4
Shape.make = classmethod(lambda cls, n: "made " + cls.__name__)
print(build(Shape, 1), build(Square, 2))  # expect: made Shape made Square
Shape.unit = staticmethod(lambda: "other unit")
print(Square.unit(), Square().unit())  # expect: other unit other unit


# An attribute added to a second base after the cache was filled.
class Left:
    pass


class Right:
    tag = "right"


class Both(Left, Right):
    pass


def read_tag(x):
    return x.tag


print(read_tag(Both()), read_tag(Both))  # expect: right right
Left.tag = "left"
print(read_tag(Both()), read_tag(Both))  # expect: left left

# Class attributes through the class: a method plain, a class value changed in a loop.
counter = 0
for i in range(5):
    Base.kind = i
    counter += Base.kind
print(counter, Base.get is Base.get)  # expect: 10 True

# A global rebound, and a builtin shadowed by a global later.
scale = 2


def scaled(x):
    return x * scale


def length(x):
    return len(x)


print(scaled(3), length("abc"))  # expect: 6 3
scale = 10
len = lambda x: "shadowed"
print(scaled(3), length("abc"))  # expect: 30 shadowed
del len
print(length("abcd"))  # expect: 4
