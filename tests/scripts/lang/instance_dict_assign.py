# obj.__dict__ = d replaces the instance's attributes with d itself (CPython's semantics), and
# del obj.__dict__ leaves an empty one.

class Borg:
    _shared = {}

    def __init__(self):
        self.__dict__ = self._shared


a = Borg()
b = Borg()
a.x = 1
print(b.x, a.__dict__ is b.__dict__, Borg._shared)
b.y = "why"
print(a.y, sorted(vars(a)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read(p):
    return p.x, p.y  # one site: its caches see values first, then a dict


points = [Point(i, -i) for i in range(4)]
for p in points:
    print(read(p), p.norm1())
points[1].__dict__ = {"x": 10, "y": 20}
points[2].__dict__ = {"x": 7}
for p in points:
    try:
        print(read(p), p.norm1())
    except AttributeError as e:
        print("AttributeError", e)
d = {"x": 1, "y": 2}
points[3].__dict__ = d
d["x"] = 100
points[3].y = 200
print(read(points[3]), d)
del points[3].__dict__
print(points[3].__dict__, d)
try:
    points[3].x
except AttributeError as e:
    print("AttributeError", e)
points[3].x = 5
print(points[3].__dict__)


class Counter(dict):  # a dict subclass as the new __dict__
    def __missing__(self, key):
        return 0


p = Point(1, 2)
p.__dict__ = Counter(x=3, y=4)
print(read(p), type(p.__dict__).__name__)

for bad in (None, 5, [("x", 1)], "xy"):
    try:
        p.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
print(read(p))


class Slotted:
    __slots__ = ("a",)


s = Slotted()
try:
    s.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
try:
    del s.__dict__
except AttributeError as e:
    print("AttributeError", e)


class Config(dict):  # attributes of a dict subclass's instance
    pass


c = Config(k=1)
c.a = 1
c.__dict__ = {"b": 2}
print(c.b, c.__dict__, dict(c), hasattr(c, "a"))
del c.__dict__
print(c.__dict__)


class Tagged(list):
    pass


t = Tagged([1, 2])
t.__dict__ = {"tag": "t"}
print(t.tag, t)


class WithMethods:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


w = WithMethods()
w.bump()
w.__dict__ = {"n": 40, "bump": lambda: "own"}
print(w.bump(), WithMethods.bump(w), w.n)

# expect: 1 True {'x': 1}
# expect: why ['x', 'y']
# expect: (0, 0) 0
# expect: (1, -1) 2
# expect: (2, -2) 4
# expect: (3, -3) 6
# expect: (0, 0) 0
# expect: (10, 20) 30
# expect: AttributeError 'Point' object has no attribute 'y'
# expect: (3, -3) 6
# expect: (100, 200) {'x': 100, 'y': 200}
# expect: {} {'x': 100, 'y': 200}
# expect: AttributeError 'Point' object has no attribute 'x'
# expect: {'x': 5}
# expect: (3, 4) Counter
# expect: TypeError __dict__ must be set to a dictionary, not a 'NoneType'
# expect: TypeError __dict__ must be set to a dictionary, not a 'int'
# expect: TypeError __dict__ must be set to a dictionary, not a 'list'
# expect: TypeError __dict__ must be set to a dictionary, not a 'str'
# expect: (3, 4)
# expect: AttributeError 'Slotted' object has no attribute '__dict__'
# expect: AttributeError 'Slotted' object has no attribute '__dict__'
# expect: 2 {'b': 2} {'k': 1} False
# expect: {}
# expect: t [1, 2]
# expect: own 41 41
