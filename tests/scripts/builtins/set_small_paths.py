# Set operations on small sets: subsets decided by the small-int bits, tuples compared in the
# probe, frozenset hashes kept, results built with the hashes known.
class Eq:
    def __init__(self, v, log):
        self.v = v
        self.log = log
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        self.log.append(("eq", self.v, other if not isinstance(other, Eq) else other.v))
        return (other.v if isinstance(other, Eq) else other) == self.v

class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("boom eq")

# subsets of small ints, bools and integral floats
a = {1, 2, 3}
b = {0, 1, 2, 3, 4, 63, -64}
print(a <= b, b <= a, a < b, b > a, a >= b, {-64, 63} <= b, {-65} <= b, {64} <= b | {64})
print({True, 2.0} <= {1, 2}, {1, 2} <= {True, 2.0}, {0.5} <= {0, 1}, {False} <= {0})
print(set() <= a, set() <= set(), a <= a, a < a, frozenset(a) <= b, a <= frozenset(b))
print({1, "x"} <= {1, "x", 2}, {1, None} <= {1}, {None} <= {None, 1})
log = []
e2 = Eq(2, log)
c = {1, e2, 3}
print({1, 2} <= c, {1, 2, 3} <= c, {5} <= c, sorted(log))
print(a.issubset(range(5)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint({3, 9}))
s = set(range(10))
s.discard(5)
print({4, 6} <= s, {4, 5} <= s, s >= {9}, s - {1, 2, 3}, s & {0, 5, 9, 11}, {5} & s)
# tuples compared in the probe
pts = {(x, y) for x in range(4) for y in range(3)}
print((1, 2) in pts, (2, 1) in pts, (3, 3) in pts, (1,) in pts, (1, 2, 3) in pts, ((1, 2),) in pts)
print(("a", 1) in {("a", 1), ("b", 2)}, ("a", 2) in {("a", 1)}, (1.0, 2) in pts, (True, 2) in pts)
nan = float("nan")
print((float("nan"), 1) in {(nan, 1)})
log = []
print((Eq(1, log), 5) in {(1, 5)}, (1, Eq(5, log)) in {(1, 5), (2, 5)}, log)
print((2, Boom()) in {(1, 2)}, end=" ")
try:
    (1, Boom()) in {(1, 1)}
except ValueError as exc:
    print("ValueError", exc)
try:
    (1, [2]) in {(1, 2)}
except TypeError as exc:
    print("TypeError", exc)
class T(tuple):
    def __eq__(self, other):
        return True
    __hash__ = tuple.__hash__
print(T((1, 2)) in {(1, 2)}, T((9, 9)) in {(9, 9)}, (1, 2) in {T((1, 2))}, len({(1, 2), T((1, 2))}))
seen = set()
for p in [(0, 0), (0, 1), (0, 0), (1, 0), (0, 1), ("0", 0)]:
    seen.add(p)
print(sorted(seen, key=repr), len(seen))
seen.discard((0, 1))
print((0, 1) in seen, len(seen))
# frozenset hashes kept, and equal to a rebuilt one's
fs = frozenset([1, 2, 3])
d = {fs: "a", frozenset(): "empty", frozenset(["x", "y"]): "xy"}
print(d[frozenset({3, 2, 1})], d[frozenset()], d[frozenset("yx")], hash(fs) == hash(frozenset([3, 1, 2])))
print(hash(fs) == hash(fs), hash(frozenset()) == hash(frozenset([])), frozenset({1, 2}) in {fs - {3}})
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([-1, -2])), hash(frozenset([2 ** 60, 0.5])))
print({1, 2} in {frozenset({1, 2})}, {frozenset({1}), frozenset({1.0}), frozenset({True})})
try:
    hash(frozenset([1, Boom()]))
    print("hashed")
except ValueError as exc:
    print("ValueError", exc)
try:
    frozenset([[1]])
except TypeError as exc:
    print("TypeError", exc)
# results built from the operands' hashes
x = {1, 2, 3, 40, 50, -3}
y = {2, 3, 4, 50, 60}
print(x | y, x & y, x - y, y - x, x ^ y, y ^ x, x & x, x - x, x ^ x, x | x)
print(x & {2.0, True, 99}, {2.0, True, 99} & x, {"a", 1} & x, x | {1.0, 2.0}, {1.0, 2.0} | x)
z = set(x)
z |= z
print(z == x, end=" ")
z &= z
print(z == x, end=" ")
z -= z
print(z, end=" ")
z = set(x)
z ^= z
print(z)
log = []
k = {Eq(2, log), 7}
print(sorted(k & {2, 3}, key=repr) == [2] or sorted(map(repr, k & {2, 3})), len({2, 3} & k), len(log) > 0)
# disjointness from the small-int bits, and where they cannot tell
log = []
print({1, 2}.isdisjoint({3, 4}), {1, 2}.isdisjoint({2.0}), {True}.isdisjoint({1}), set().isdisjoint(set()))
print({0, 63, -64}.isdisjoint({64, -65}), {5}.isdisjoint({Eq(5, log)}), {Eq(6, log)}.isdisjoint({6, 7}), len(log) > 0)
print({1, "a"}.isdisjoint({"a"}), {1, 2, 3}.isdisjoint(range(3, 9)), frozenset({9}).isdisjoint({8, 10}))
sd = {1, 2, 3, 4}
sd ^= {3, 4, 5, 6}
print(sd, {1, 2} ^ {2.0, True}, {1, 2} - {2.0})

# expect: True False True True False True False True
# expect: True True False True
# expect: True True True False True True
# expect: True False True
# expect: True True False [('eq', 2, 2), ('eq', 2, 2)]
# expect: True True True False
# expect: True False True {0, 4, 6, 7, 8, 9} {0, 9} set()
# expect: True True False False False False
# expect: True False True True
# expect: False
# expect: True True [('eq', 1, 1), ('eq', 5, 5)]
# expect: False ValueError boom eq
# expect: TypeError unhashable type: 'list'
# expect: True True True 1
# expect: [('0', 0), (0, 0), (0, 1), (1, 0)] 4
# expect: False 3
# expect: a empty xy True
# expect: True True True
# expect: -272375401224217160 133146708735736 399283329322573 399283329322573
# expect: True {frozenset({1})}
# expect: ValueError boom eq
# expect: TypeError unhashable type: 'list'
# expect: {1, 2, 3, 4, 40, 50, 60, -3} {2, 3, 50} {40, 1, -3} {4, 60} {1, 4, 40, 60, -3} {1, 4, 40, 60, -3} {1, 2, 3, 50, 40, -3} set() set() {1, 2, 3, 50, 40, -3}
# expect: {True, 2.0} {True, 2.0} {1} {1, 2, 3, 50, 40, -3} {1.0, 2.0, 3, 40, 50, -3}
# expect: True True set() set()
# expect: True 1 True
# expect: True False False True
# expect: True False False True
# expect: False False True
# expect: {1, 2, 5, 6} set() {1}
