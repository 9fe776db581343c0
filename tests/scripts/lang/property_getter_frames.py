# A property's getter that is a script function runs as a frame of the interpreter's own (under a
# GIL): its result, its exceptions (and __getattr__ after an AttributeError), argument errors,
# recursion (not to the limit: free-threaded each level nests run() on the C++ stack),
# generator getters, a getter that replaces its property, and builtin getters.
# args: --gil newgil
# args: --gil nogil
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @property
    def broken(self):
        return 1 / 0
    @property
    def items(self):
        yield from range(self._c)
    @property
    def swap(self):
        Temp.swap = property(lambda self: "replaced")
        return "first"
    no_self = property(lambda: 1)
    length = property(len)
    def __len__(self):
        return 3

t = Temp(100)
print(t.c, t.f, list(t.items), t.length)
print(t.swap, t.swap, t.swap)
try:
    t.broken
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    t.no_self
except TypeError as e:
    print("TypeError:", e)

class Fallback:
    @property
    def missing(self):
        raise AttributeError("not here")
    def __getattr__(self, name):
        return "fallback for " + name

print(Fallback().missing)

class Chain:
    def __init__(self, n):
        self.n = n
    @property
    def depth(self):
        return 0 if self.n == 0 else 1 + Chain(self.n - 1).depth

print(Chain(50).depth)


total = 0
temps = [Temp(i) for i in range(100)]
for r in range(100):
    for x in temps:
        total += x.c
print(total)

class Base:
    @property
    def name(self):
        return type(self).__name__.lower()

class Child(Base):
    pass

print(Child().name, Base().name, [c.name for c in (Child(), Base())])
# expect: 100 212.0 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99] 3
# expect: first replaced replaced
# expect: ZeroDivisionError: division by zero
# expect: TypeError: Temp.<lambda>() takes 0 positional arguments but 1 was given
# expect: fallback for missing
# expect: 50
# expect: 495000
# expect: child base ['child', 'base']
