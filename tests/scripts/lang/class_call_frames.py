# A call of a class runs its __init__ as a frame of the interpreter's own: the instance is the
# result; __init__'s result must be None; errors, tracebacks, defaults, *args, inheritance,
# replaced or non-function __init__s, __new__, recursion and keyword calls behave as in CPython.
# args: --gil newgil
# args: --gil nogil

class Point:
    def __init__(self, x, y=0, *rest, **extra):
        self.x = x
        self.y = y
        self.rest = rest
        self.extra = extra

p = Point(1)
q = Point(1, 2, 3, 4, z=5)
print(p.x, p.y, p.rest, p.extra, q.x, q.y, q.rest, q.extra, type(p).__name__)

class Bad:
    def __init__(self):
        return 42

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

class Gen:
    def __init__(self):
        yield 1

try:
    Gen()
except TypeError as e:
    print("TypeError:", e)

class Raises:
    def __init__(self, n):
        self.n = n
        if n < 0:
            raise ValueError("negative: %d" % n)

try:
    Raises(-3)
except ValueError as e:
    print("ValueError:", e)

for args in ((), (1, 2)):
    try:
        Raises(*args)
    except TypeError as e:
        print("TypeError:", e)

class Base:
    def __init__(self, name):
        self.name = name
        self.kind = type(self).__name__

class Derived(Base):
    pass

class Extended(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

class Explicit(Base):
    def __init__(self, name):
        Base.__init__(self, name.upper())

d, e, x = Derived("d"), Extended("e", [1]), Explicit("x")
print(d.name, d.kind, e.name, e.kind, e.extra, x.name, x.kind)

class Swapped:
    def __init__(self):
        self.how = "original"

s1 = Swapped()
Swapped.__init__ = lambda self: setattr(self, "how", "lambda")
s2 = Swapped()
def plain(self):
    self.how = "plain function"
Swapped.__init__ = plain
s3 = Swapped()
Swapped.__init__ = Base.__init__
s4 = Swapped("via Base")
print(s1.how, s2.how, s3.how, s4.name)
del Swapped.__init__
s5 = Swapped()
print(hasattr(s5, "how"), hasattr(s5, "name"))

class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = "new"
        return obj
    def __init__(self, v):
        self.v = v

w = WithNew(7)
print(w.made_by, w.v)

class Kw:
    def __init__(self, a, b=2):
        self.total = a + b

print(Kw(1).total, Kw(1, b=10).total, Kw(a=5).total)

class Tree:
    def __init__(self, depth):
        self.children = [Tree(depth - 1) for i in range(2)] if depth else []
    def size(self):
        return 1 + sum(c.size() for c in self.children)

print(Tree(6).size())

class Forever:
    def __init__(self):
        self.inner = Forever()

try:
    Forever()
except RecursionError as e:
    print("RecursionError:", e)

class Guarded:
    def __init__(self, v):
        try:
            self.v = int(v)
        except ValueError:
            self.v = -1
            return
        finally:
            self.done = True

print(Guarded("12").v, Guarded("x").v, Guarded("x").done)

class Counter:
    made = 0
    def __init__(self):
        Counter.made += 1

objs = [Counter() for i in range(1000)]
print(Counter.made, len(objs))

class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit()).__name__)

made = list(map(Point, [1, 2]))
print([m.x for m in made], sorted([Point(3), Point(1)], key=lambda m: m.x)[0].x)
# expect: 1 0 () {} 1 2 (3, 4) {'z': 5} Point
# expect: TypeError: __init__() should return None, not 'int'
# expect: TypeError: __init__() should return None, not 'generator'
# expect: ValueError: negative: -3
# expect: TypeError: Raises.__init__() missing 1 required positional argument: 'n'
# expect: TypeError: Raises.__init__() takes 2 positional arguments but 3 were given
# expect: d Derived e Extended [1] X Explicit
# expect: original lambda plain function via Base
# expect: False False
# expect: new 7
# expect: 3 11 7
# expect: 127
# expect: RecursionError: maximum recursion depth exceeded
# expect: 12 -1 True
# expect: 1000 1000
# expect: TypeError: NoInit() takes no arguments
# expect: NoInit
# expect: [1, 2] 1
