# Special methods the VM now honours: iteration through __getitem__ alone (until IndexError),
# __index__ wherever an int is expected, __format__ in format() and f-strings, property
# getter/setter/deleter, __init_subclass__, vars(), __qualname__, issubclass() of builtin
# types, dict | dict and |=.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(5)), sum(Squares(4)), 9 in Squares(4), 5 in Squares(4), max(Squares(3)))
for x in Squares(3):
    print("item", x)
a, b, c = Squares(3)
print(a, b, c, sorted(Squares(4), reverse=True), tuple(Squares(2)), dict.fromkeys(Squares(2)))
it = iter(Squares(1))
print(next(it), next(it, "end"), next(it, "still end"))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


L = [10, 20, 30, 40, 50]
print(L[Idx(1)], "abcd"[Idx(2)], (1, 2, 3)[Idx(-1)], L[Idx(1):Idx(4):Idx(2)], "hello"[Idx(1):])
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(2))), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
L[Idx(0)] = 99
print(L, chr(Idx(65)))


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return f"({self.x:{spec}}, {self.y:{spec}})"

    def __str__(self):
        return "Vec"


v = Vec(3, 4)
print(f"{v}", f"{v:.1f}", f"{v:polar}", format(v, ">3"), "{:polar}".format(v), str(v), f"{v!s}")


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    def _get_f(self):
        return self._c * 9 / 5 + 32

    fahrenheit = property(_get_f, None, None, "degrees F")


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)

registry = []


class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append(cls.__name__)


class Alpha(Plugin):
    pass


class Beta(Alpha):
    pass


print(registry)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def method(self):
        def inner():
            pass
        return inner


p = Point(1, 2)
print(vars(p), vars(p) is p.__dict__, Point.method.__qualname__, p.method().__qualname__)
print(Point.__qualname__, len.__name__)
try:
    vars(3)
except TypeError as e:
    print("TypeError", e)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, int))
print(issubclass(Point, object), issubclass(Point, int), issubclass(bool, (str, int)))
d = {"a": 1, "b": 2}
e = d | {"b": 3, "c": 4}
print(e, d)
d |= {"z": 0}
d |= [("y", 9)]
print(d)

# expect: [0, 1, 4, 9, 16] 14 True False 4
# expect: item 0
# expect: item 1
# expect: item 4
# expect: 0 1 4 [9, 4, 1, 0] (0, 1) {0: None, 1: None}
# expect: 0 end still end
# expect: 20 c 3 [20, 40] ello
# expect: [0, 1, 2] [1, 3, 5] 0b101 0xff 0o10
# expect: [99, 20, 30, 40, 50] A
# expect: (3, 4) (3.0, 4.0) r=5.00 (  3,   4) r=5.00 Vec Vec
# expect: 100 212.0
# expect: ValueError below absolute zero
# expect: deleting
# expect: None
# expect: AttributeError property 'fahrenheit' of 'Temperature' object has no deleter
# expect: ['Alpha', 'Beta']
# expect: {'x': 1, 'y': 2} True Point.method Point.method.<locals>.inner
# expect: Point len
# expect: TypeError vars() argument must have __dict__ attribute
# expect: True False True True
# expect: True False True
# expect: {'a': 1, 'b': 3, 'c': 4} {'a': 1, 'b': 2}
# expect: {'a': 1, 'b': 2, 'z': 0, 'y': 9}
