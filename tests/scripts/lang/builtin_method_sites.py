# One LOAD_METHOD site sees many builtin types in turn: each call must reach its own type's
# method (the site remembers the last type's), and a type without the method must raise. Under a
# GIL and free-threaded.
# args: --gil newgil
# args: --gil nogil
def count_of(x, item):
    return x.count(item)


for x, item in (([1, 2, 1], 1), ("abcab", "a"), (b"aXa", b"a"), ((1, 1, 1), 1), ([1], 1), ("a", "a")):
    print(type(x).__name__, count_of(x, item))
# expect: list 2
# expect: str 2
# expect: bytes 2
# expect: tuple 3
# expect: list 1
# expect: str 1


def copy_of(x):
    return x.copy()


for x in ([3, 1], {1: 2}, {4, 5}, frozenset({6}), [7]):
    print(type(x).__name__, sorted(copy_of(x)))
# expect: list [1, 3]
# expect: dict [1]
# expect: set [4, 5]
# expect: frozenset [6]
# expect: list [7]


def grow(s, v):
    s.add(v)
    return len(s)


print(grow(set(), 1))
# expect: 1
print(grow({1}, 2))
# expect: 2
try:
    grow(frozenset({1}), 2)
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'frozenset' object has no attribute 'add'
print(grow(set(), 3))
# expect: 1


def index_of(x, item):
    return x.index(item)


for x, item in (("hello", "e"), ([5, 6, 7], 6), (range(10, 20), 11), (b"xyz", b"y"), ((8, 9), 9)):
    print(index_of(x, item))
# expect: 1
# expect: 1
# expect: 1
# expect: 1
# expect: 1
try:
    index_of({1: 2}, 1)
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'dict' object has no attribute 'index'
print(index_of("abc", "c"))
# expect: 2


def upper_of(x):
    return x.upper()


for x in ("abc", b"def", "ghi"):
    print(upper_of(x))
# expect: ABC
# expect: b'DEF'
# expect: GHI
try:
    upper_of([1])
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'list' object has no attribute 'upper'


# A builtin method at a site that also sees script instances with a method of that name.
class Box:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(v * 10)


def push(target, v):
    target.append(v)


things = [[], Box(), [], Box()]
for i, t in enumerate(things):
    push(t, i)
    push(t, i + 1)
print(things[0], things[1].items, things[2], things[3].items)
# expect: [0, 1] [10, 20] [2, 3] [30, 40]


# A bound builtin method stored on an instance is called as itself.
class Holder:
    pass


h = Holder()
stored = [0]
h.append = stored.append
h.append(5)
print(stored)
# expect: [0, 5]


# list.index and tuple.index with start and stop, as slice indices.
for seq in ([4, 5, 4, 6, 4], (4, 5, 4, 6, 4)):
    print(seq.index(4), seq.index(4, 1), seq.index(4, -2), seq.index(6, 0, 4), seq.count(4))
    print(seq.index(4, -100), seq.index(5, 1, 100), seq.index(4, True))
    for args in ((7,), (4, 5), (6, 0, 3), (4, 3, 1), (5, 2**70)):
        try:
            print(seq.index(*args))
        except ValueError as e:
            print("ValueError:", e)
    try:
        seq.index(4, "1")
    except TypeError as e:
        print("TypeError:", e)
    try:
        seq.index()
    except TypeError as e:
        print("TypeError:", e)
# expect: 0 2 4 3 3
# expect: 0 1 2
# expect: ValueError: 7 is not in list
# expect: ValueError: 4 is not in list
# expect: ValueError: 6 is not in list
# expect: ValueError: 4 is not in list
# expect: ValueError: 5 is not in list
# expect: TypeError: slice indices must be integers or have an __index__ method
# expect: TypeError: index expected at least 1 argument, got 0
# expect: 0 2 4 3 3
# expect: 0 1 2
# expect: ValueError: tuple.index(x): x not in tuple
# expect: ValueError: tuple.index(x): x not in tuple
# expect: ValueError: tuple.index(x): x not in tuple
# expect: ValueError: tuple.index(x): x not in tuple
# expect: ValueError: tuple.index(x): x not in tuple
# expect: TypeError: slice indices must be integers or have an __index__ method
# expect: TypeError: index expected at least 1 argument, got 0
print((1, 2.0, "a", 2).count(2), ((1, 2), (1, 2)).index((1, 2)))
# expect: 2 0
for call in (lambda: [1].index(1, 0, 1, 2), lambda: (1,).index(1, 0, 1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
# expect: TypeError: index expected at most 3 arguments, got 4
# expect: TypeError: index expected at most 3 arguments, got 4


# list.append runs in line at its call site: the list takes the item, a list that
# only the call refers to is freed with it, the wrong argument counts raise as before, and a site
# that sees another type's `append` (or a method of another name) calls that instead.
class Appender:
    def __init__(self):
        self.got = []

    def append(self, x):
        self.got.append(("script", x))


def add_to(target, x):
    target.append(x)
    return target


items = []
for i in range(3):
    add_to(items, [i])
print(items, add_to(Appender(), 5).got, add_to([], "fresh"))  # expect: [[0], [1], [2]] [('script', 5)] ['fresh']
print([].append("dropped"))  # expect: None
shared = ("t",)
many = []
for i in range(4):
    many.append(shared)
print(many, all(m is shared for m in many))  # expect: [('t',), ('t',), ('t',), ('t',)] True
for call in (lambda: [].append(), lambda: [].append(1, 2), lambda: [].append(x=1)):
    try:
        call()
    except TypeError as e:  # (the messages' wording is not CPython's yet)
        print("TypeError")
# expect: TypeError
# expect: TypeError
# expect: TypeError
