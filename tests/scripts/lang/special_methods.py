# Special methods: __repr__ __str__ __eq__ __hash__ rich comparisons __len__ __bool__
# __iter__/__next__ __getitem__ __setitem__ __contains__ __call__ __enter__/__exit__, arithmetic.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "<%d,%d>" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 31 + self.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __le__(self, other):
        return (self.x, self.y) <= (other.x, other.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __bool__(self):
        return self.x != 0 or self.y != 0


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, repr(a * 3), 2 * b)  # expect: <4,6> Vec(3, 6) <6,8>
print([a, b], str(a), "%s and %r" % (a, b))  # expect: [Vec(1, 2), Vec(3, 4)] <1,2> <1,2> and Vec(3, 4)
print(a == Vec(1, 2), a != b, a == 1, a < b, b > a, a <= a, b >= a)  # expect: True True False True True True True
print(sorted([b, a, Vec(0, 9)]))  # expect: [Vec(0, 9), Vec(1, 2), Vec(3, 4)]
print(bool(Vec(0, 0)), bool(a), "yes" if Vec(0, 0) else "no")  # expect: False True no
d = {a: "a", b: "b"}
print(d[Vec(1, 2)], Vec(3, 4) in d, a in [b, Vec(1, 2)])  # expect: a True True


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)), [n * n for n in Countdown(4)])  # expect: [3, 2, 1] [16, 9, 4, 1]
for n in Countdown(2):
    print("tick", n)  # expect: tick 2
    # expect: tick 1
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))  # expect: 2 1 done
print(sum(Countdown(4)), 3 in Countdown(5), 9 in Countdown(5))  # expect: 10 True False


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __len__(self):
        return len(self.cells)

    def __contains__(self, key):
        return key in self.cells


g = Grid()
g[0, 1] = "x"
g[2, 2] = "o"
print(g[0, 1], g[1, 1], len(g), (2, 2) in g, (5, 5) in g, bool(g))  # expect: x . 2 True False True


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, v):
        return v * self.k


triple = Multiplier(3)
print(triple(5), [triple(i) for i in range(3)])  # expect: 15 [0, 3, 6]


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, traceback):
        print("exit", self.name, kind is None)
        return False


with Timer("block") as t:
    print("inside", t.name)
# expect: enter block
# expect: inside block
# expect: exit block True
try:
    with Timer("failing"):
        raise KeyError("k")
except KeyError:
    print("propagated")
# expect: enter failing
# expect: exit failing False
# expect: propagated


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), bool(p), {p: 1}[p])  # expect: True False True 1
print(repr(p).startswith("<__main__.Plain object at 0x"))  # expect: True
