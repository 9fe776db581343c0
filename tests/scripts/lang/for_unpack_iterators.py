# `for a, b in X` over enumerate, zip and a dict's items unpacks each item without a tuple: the
# values, their order, the ends, errors and tracebacks must be CPython's.
# args: --gil newgil
# args: --gil nogil
# args: --gil legacy


def pairs(it):
    return [(a, b) for a, b in it]


print(pairs(enumerate("abc")))
print(pairs(enumerate([10, 20], start=5)))
print(pairs(enumerate(["x", "y"], start=2**63 - 2)))
print(pairs(zip([1, 2, 3], "ab")))
print([(a, b, c) for a, b, c in zip(range(3), "xyz", [None, True, 1.5])])
print([(a, b, c, d) for a, b, c, d in zip(*[range(4)] * 4)])
print([(a, b, c, d, e) for a, b, c, d, e in zip(*[range(2)] * 5)])
d = {"one": 1, "two": 2, "three": 3}
print(pairs(d.items()))
print(pairs(reversed(d.items())))
print(pairs(enumerate(zip("ab", "cd"))))
total = 0
for i, (name, score) in enumerate(zip(["a", "b", "c"], [3, 1, 2])):
    total += i * score
print(total)
kept = []
for i, row in enumerate(zip("abc", "def")):
    kept.append(row)
print(kept)
kept = []
for i, x in enumerate([[1], [2]]):
    kept.append((i, x))
    x.append(i)
print(kept)


def gen():
    yield "g1"
    yield "g2"
    raise KeyError("from the generator")


try:
    for i, x in enumerate(gen()):
        print(i, x)
except KeyError as error:
    print("KeyError", error)
try:
    for a, b, c in enumerate("ab"):
        pass
except ValueError as error:
    print("ValueError:", error)
try:
    for a, b in zip("ab", "cd", "ef"):
        pass
except ValueError as error:
    print("ValueError:", error)
try:
    for a, b in zip("abc", "de", strict=True):
        print(a, b)
except ValueError as error:
    print("ValueError:", error)
try:
    for a, b in zip("ab", "cde", strict=True):
        print(a, b)
except ValueError as error:
    print("ValueError:", error)
try:
    for k, v in d.items():
        d[k + "!"] = v
except RuntimeError as error:
    print("RuntimeError:", error)
e = {1: "a", 2: "b"}
for k, v in e.items():
    e[k] = v * 2
print(e)
it = enumerate("xyz")
print(next(it))
for i, c in it:
    print(i, c)
print(list(it))
z = zip("ab", "cd")
for a, b in z:
    print(a + b)
print(list(z))
items = iter({"k": "v"}.items())
print([kv for kv in items], [kv for kv in items])
print(sum(i * x for i, x in enumerate(range(10))))
print({k: v for k, v in zip("abc", range(3))})
print(dict((v, k) for k, v in enumerate("hello")))


def count_lines():
    n = 0
    for lineno, line in enumerate("a\nb\nc".split("\n"), 1):
        n = lineno
    return n


print(count_lines())
# expect: [(0, 'a'), (1, 'b'), (2, 'c')]
# expect: [(5, 10), (6, 20)]
# expect: [(9223372036854775806, 'x'), (9223372036854775807, 'y')]
# expect: [(1, 'a'), (2, 'b')]
# expect: [(0, 'x', None), (1, 'y', True), (2, 'z', 1.5)]
# expect: [(0, 0, 0, 0), (1, 1, 1, 1), (2, 2, 2, 2), (3, 3, 3, 3)]
# expect: [(0, 0, 0, 0, 0), (1, 1, 1, 1, 1)]
# expect: [('one', 1), ('two', 2), ('three', 3)]
# expect: [('three', 3), ('two', 2), ('one', 1)]
# expect: [(0, ('a', 'c')), (1, ('b', 'd'))]
# expect: 5
# expect: [('a', 'd'), ('b', 'e'), ('c', 'f')]
# expect: [(0, [1, 0]), (1, [2, 1])]
# expect: 0 g1
# expect: 1 g2
# expect: KeyError 'from the generator'
# expect: ValueError: not enough values to unpack (expected 3, got 2)
# expect: ValueError: too many values to unpack (expected 2)
# expect: a d
# expect: b e
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: a c
# expect: b d
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: RuntimeError: dictionary changed size during iteration
# expect: {1: 'aa', 2: 'bb'}
# expect: (0, 'x')
# expect: 1 y
# expect: 2 z
# expect: []
# expect: ac
# expect: bd
# expect: []
# expect: [('k', 'v')] []
# expect: 285
# expect: {'a': 0, 'b': 1, 'c': 2}
# expect: {'h': 0, 'e': 1, 'l': 3, 'o': 4}
# expect: 3
