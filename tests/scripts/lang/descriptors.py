# The descriptor protocol of script classes: data descriptors (__get__ with __set__ or
# __delete__) before the instance's attributes, non-data ones after; C.x calls __get__(None, C);
# __set_name__ at class creation; the same at sites run many times (the attribute caches).
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
total = 0
for i in range(50):
    p.x = i
    total += p.x + p.y + getattr(p, "x")
print(total, vars(p), type(Point.x).__name__, hasattr(p, "x"))
try:
    p.y = "no"
except TypeError as e:
    print("TypeError", e)
del p.x
print(hasattr(p, "x"), vars(p))

class Lazy:  # non-data: the instance's own attribute wins once set
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, Circle.area, vars(c))
c.area = 7
print(c.area)

class SetOnly:  # a data descriptor without __get__: the instance's own value, else itself
    def __set__(self, obj, value):
        obj.__dict__["s"] = value * 10

class HasSetOnly:
    s = SetOnly()
h = HasSetOnly()
print(type(h.s).__name__)
h.s = 4
print(h.s)

class GetRaises:
    def __get__(self, obj, objtype=None):
        raise AttributeError("nope")
class WithGetattr:
    g = GetRaises()
    def __getattr__(self, name):
        return "fallback " + name
print(WithGetattr().g)

class Sub(Point):
    z = Typed(float)
s = Sub(3, 4)
s.z = 1.5
print(s.x + s.y, s.z, sorted(vars(s)))
try:
    s.z = 1
except TypeError as e:
    print("TypeError", e)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __delete__(self, obj):
        pass
class R:
    v = ReadOnly()
r = R()
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError", e)
print(r.v)

# expect: set_name Point x
# expect: set_name Point y
# expect: 2550 {'_x': 49, '_y': 2} Typed True
# expect: TypeError y must be int
# expect: delete _x
# expect: False {'_y': 2}
# expect: computing
# expect: 12 12 class access {'r': 2, 'area': 12}
# expect: 7
# expect: SetOnly
# expect: 40
# expect: fallback g
# expect: set_name Sub z
# expect: 7 1.5 ['_x', '_y', '_z']
# expect: TypeError z must be float
# expect: AttributeError __set__
# expect: 42
