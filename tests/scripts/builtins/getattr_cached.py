# getattr(), hasattr() and setattr() of script instances through the thread's caches for the
# names: the same answers as `obj.name` as the instance and its class change, past more names
# than the caches hold, and in several threads at once.
# args: --gil newgil
# args: --gil nogil
import threading
class Base:
    kind = "base"
    def method(self):
        return "method of " + type(self).__name__
class Point(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
class Lazy(Point):
    def __getattr__(self, name):
        return "lazy " + name
class Slotted:
    __slots__ = ("a", "b")
class Guarded(Point):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)
def probe(obj, names):
    out = []
    for name in names:
        out.append((name, hasattr(obj, name), getattr(obj, name, None)))
    return out
p = Point(1, -2)
names = ["x", "y", "kind", "norm", "missing", "method"]
print([(n, h, v if n != "method" else v()) for n, h, v in probe(p, names)])
for _ in range(3):  # the second and third times through the caches
    print([getattr(p, "x"), getattr(p, "kind"), hasattr(p, "missing"), getattr(p, "norm")])
p.kind = "own"  # an instance attribute now shadows the class's
Base.kind = "changed"
print(getattr(p, "kind"), getattr(Point(0, 0), "kind"), hasattr(p, "kind"))
del p.kind
print(getattr(p, "kind"), getattr(p, "missing", "fallback"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print(e)
setattr(p, "x", 40)
setattr(p, "z", 3)
print(p.x, p.z, getattr(p, "z"), p.__dict__)
lazy = Lazy(1, 2)
print(getattr(lazy, "x"), getattr(lazy, "nothing"), hasattr(lazy, "nothing"))
s = Slotted()
setattr(s, "a", 1)
print(getattr(s, "a"), hasattr(s, "b"), getattr(s, "b", "unset"))
try:
    setattr(s, "c", 1)
except AttributeError as e:
    print(e)
g = Guarded(1, 2)
setattr(g, "x", 5)
print(g.x, getattr(g, "y"))
many = Point(0, 0)
for i in range(40):  # more names than the caches: each taken and given up again
    setattr(many, "a%d" % i, i)
print(sum(getattr(many, "a%d" % i) for i in range(40)), hasattr(many, "a39"), hasattr(many, "a40"))
d = Point(5, 6)
print(d.__dict__, getattr(d, "x"), getattr(d, "y"))  # an instance whose dict was asked for
setattr(d, "x", 7)
print(getattr(d, "x"), d.__dict__)
shared = Point(0, 0)
def worker(k):
    for i in range(200):
        setattr(shared, "w%d" % k, getattr(shared, "w%d" % k, 0) + 1)
        if not hasattr(shared, "x"):
            print("lost x")
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted((k, v) for k, v in shared.__dict__.items()))

# expect: [('x', True, 1), ('y', True, -2), ('kind', True, 'base'), ('norm', True, 3), ('missing', False, None), ('method', True, 'method of Point')]
# expect: [1, 'base', False, 3]
# expect: [1, 'base', False, 3]
# expect: [1, 'base', False, 3]
# expect: own changed True
# expect: changed fallback
# expect: 'Point' object has no attribute 'missing'
# expect: 40 3 3 {'x': 40, 'y': -2, 'z': 3}
# expect: 1 lazy nothing True
# expect: 1 False unset
# expect: 'Slotted' object has no attribute 'c'
# expect: 50 20
# expect: 780 True False
# expect: {'x': 5, 'y': 6} 5 6
# expect: 7 {'x': 7, 'y': 6}
# expect: [('w0', 200), ('w1', 200), ('w2', 200), ('w3', 200), ('x', 0), ('y', 0)]
