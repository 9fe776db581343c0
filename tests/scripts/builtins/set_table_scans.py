# Sets whose keys are visited through their control bytes (16 slots a test): copies, unions,
# intersections, iteration and freeing of sparse and dense tables, keys added at their first
# probed slot, and a script __eq__ that changes a set while another is merged into it or
# intersected with it. Orders and results are CPython 3.11's.
# args: --gil newgil
# args: --gil nogil


def show(label, s):
    print(label, len(s), list(s)[:12])


# Sparse tables (a set grows to four times its keys) and dense ones, of ints and strs (whose
# order CPython randomizes: theirs is not shown).
for n in (0, 1, 5, 15, 16, 17, 40, 100, 333):
    ints = set(range(0, 3 * n, 3))
    words = {"w%d" % i for i in range(n)}
    copy = set(ints)
    show("ints %d" % n, copy)
    print(copy == ints, sorted(copy) == sorted(ints), len(set(words)) == n, len(set(words) | words))
    show("union %d" % n, ints | set(range(n)))
    show("inter %d" % n, ints & set(range(0, 3 * n, 2)))
    print(sum(1 for w in words if "w%d" % (n - 1) == w), sum(ints))

# Equal strs that are other objects: found where the first probed slot holds them.
a = {"w%d" % i for i in range(100)}
b = {"w%d" % i for i in range(0, 100, 2)}
print(len(a & b), len(a | b), len(b - a), len(a ^ b), b <= a, a.issuperset(b))
print(sorted(a & b)[:8], sorted(b | a)[-8:])
print(all(("w%d" % i) in a for i in range(100)), ("w%d" % 100) in a)
before = len(a)
for i in range(100):
    a.add("w%d" % i)  # present, another object: nothing added
print(before == len(a))

# Keys equal across types: 1, 1.0 and True are one key; the first one in stays.
mixed = set()
for k in (1, 1.0, True, 2, 2.0, -1, -2, -1.0, 0, False, 0.0):
    mixed.add(k)
print(sorted(mixed), [type(k).__name__ for k in sorted(mixed)])
print({1.0, 2.0} | {1, 2, 3}, {True} & {1, 1.0}, {1} | {True})
nan = float("nan")
nans = {nan, 1.5}
print(len(nans), nan in nans, len({nan}), len(nans & {nan}))
print(hash(-1), -1 in {-2}, -2 in {-1}, {-1, -2} & {-2})

# Adds after removals: dummies on the probe path are reused as CPython reuses them.
s = set(range(20))
for k in range(0, 20, 3):
    s.discard(k)
for k in (100, 101, 3, 6, 40, 72):
    s.add(k)
print(list(s))
t = set(s)
show("copy after removals", t)
print(t == s)

# Sizes at the growth threshold: adds that grow the table keep CPython's order.
g = set()
for k in range(0, 200, 7):
    g.add(k)
    if len(g) in (4, 5, 6, 18, 19, 20):
        print(len(g), list(g))


# A copy keeps what decides `k in s` for small ints, and a key that equals ints by its __eq__.
class Eq:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return other == self.n if isinstance(other, int) else self is other


e = {Eq(3), 5}
c = set(e)
print(3 in c, 5 in c, 4 in c, 3 in e)
c2 = set()
c2 |= e
print(3 in c2, len(c2))


# A script __eq__ that empties the set being merged into, or the one being iterated.
class Clearing:
    def __init__(self, n, target):
        self.n = n
        self.target = target

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        if self.target:
            self.target.clear()
        return isinstance(other, Clearing) and self.n == other.n


victim = set()
x = {Clearing(i, None) for i in range(6)}
y = {Clearing(i, victim) for i in range(3)}
victim.update(range(50))
victim.update(y)
target = set(x)
target |= y
print(len(target), len(victim))
victim.update(range(50))
inter = x & y
print(len(inter), len(victim))
victim.update(range(50))
print(y <= x, len(victim))
del victim, x, y, target, inter

# Iterating a set: the keys of a sparse table, in order, and the error when it changes size.
sparse = set(range(0, 1000, 37))
for k in (37, 74, 111):
    sparse.discard(k)
print(list(sparse), sum(sparse))
it = iter(sparse)
next(it)
sparse.add(5000)
try:
    next(it)
except RuntimeError as error:
    print("RuntimeError", error)
print(sorted(frozenset(sparse))[:5], len(frozenset(sparse) | frozenset({1})))

# expect: ints 0 0 []
# expect: True True True 0
# expect: union 0 0 []
# expect: inter 0 0 []
# expect: 0 0
# expect: ints 1 1 [0]
# expect: True True True 1
# expect: union 1 1 [0]
# expect: inter 1 1 [0]
# expect: 1 0
# expect: ints 5 5 [0, 3, 6, 9, 12]
# expect: True True True 5
# expect: union 5 8 [0, 1, 2, 3, 4, 6, 9, 12]
# expect: inter 5 3 [0, 12, 6]
# expect: 1 30
# expect: ints 15 15 [0, 33, 3, 36, 6, 39, 9, 42, 12, 15, 18, 21]
# expect: True True True 15
# expect: union 15 25 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
# expect: inter 15 8 [0, 36, 6, 42, 12, 18, 24, 30]
# expect: 1 315
# expect: ints 16 16 [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33]
# expect: True True True 16
# expect: union 16 26 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
# expect: inter 16 8 [0, 36, 6, 42, 12, 18, 24, 30]
# expect: 1 360
# expect: ints 17 17 [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33]
# expect: True True True 17
# expect: union 17 28 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
# expect: inter 17 9 [0, 36, 6, 42, 12, 48, 18, 24, 30]
# expect: 1 408
# expect: ints 40 40 [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33]
# expect: True True True 40
# expect: union 40 66 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
# expect: inter 40 20 [0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66]
# expect: 1 2340
# expect: ints 100 100 [0, 258, 3, 261, 6, 264, 9, 267, 12, 270, 15, 273]
# expect: True True True 100
# expect: union 100 166 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
# expect: inter 100 50 [0, 258, 132, 6, 264, 138, 12, 270, 144, 18, 276, 150]
# expect: 1 14850
# expect: ints 333 333 [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33]
# expect: True True True 333
# expect: union 333 555 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
# expect: inter 333 167 [0, 516, 6, 522, 12, 528, 18, 534, 24, 540, 30, 546]
# expect: 1 165834
# expect: 50 100 0 50 True True
# expect: ['w0', 'w10', 'w12', 'w14', 'w16', 'w18', 'w2', 'w20'] ['w92', 'w93', 'w94', 'w95', 'w96', 'w97', 'w98', 'w99']
# expect: True False
# expect: True
# expect: [-2, -1, 0, 1, 2] ['int', 'int', 'int', 'int', 'int']
# expect: {1.0, 2.0, 3} {1} {1}
# expect: 2 True 1 1
# expect: -2 False False {-2}
# expect: [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 6, 16, 17, 3, 19, 40, 72, 100, 101]
# expect: copy after removals 19 [1, 2, 3, 4, 5, 6, 7, 8, 72, 10, 11, 13]
# expect: True
# expect: 4 [0, 21, 14, 7]
# expect: 5 [0, 7, 14, 21, 28]
# expect: 6 [0, 35, 7, 14, 21, 28]
# expect: 18 [0, 98, 35, 70, 7, 105, 42, 77, 14, 112, 49, 84, 21, 119, 56, 91, 28, 63]
# expect: 19 [0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126]
# expect: 20 [0, 133, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126]
# expect: True True False True
# expect: True 2
# expect: 6 3
# expect: 3 50
# expect: True 50
# expect: [0, 259, 518, 777, 148, 407, 666, 925, 296, 555, 814, 185, 444, 703, 962, 333, 592, 851, 222, 481, 740, 999, 370, 629, 888] 13764
# expect: RuntimeError Set changed size during iteration
# expect: [0, 148, 185, 222, 259] 27
