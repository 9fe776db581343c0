# dict.get run in line at its call site, tuple unpacking straight from the tuple, and set
# membership with the hash taken inline: every case must behave as CPython's.
# args: --gil newgil
# args: --gil nogil
def lookup(d, k):
    return d.get(k)


def lookup_or(d, k, default):
    return d.get(k, default)


d = {"a": 1, 2: "two", (1, 2): [3], 2.5: None}
print(lookup(d, "a"), lookup(d, "b"), lookup(d, 2.0), lookup(d, (1, 2)), lookup(d, 2.5))
print(lookup_or(d, "a", 0), lookup_or(d, "zz", 0), lookup_or(d, "zz", [1, 2]), lookup_or(d, 2.5, 7))
key = "".join(["a"])
print(lookup(d, key), lookup_or({}, key, key) is key)
for bad in ([1], {1: 2}, {3}):
    try:
        lookup(d, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    d.get()
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print("TypeError:", type(e).__name__)


class Key:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name


k1, k2 = Key(7, "x"), Key(7, "y")
kd = {k1: "k1"}
print(lookup(kd, Key(7, "x")), lookup(kd, k2), lookup_or(kd, k2, "none"))

# A site that sees dict.get, then other types' get methods, then dict.get again.
class Getter:
    def get(self, k, default=None):
        return ("script", k, default)


for obj in ({1: "one"}, Getter(), {1: "uno"}):
    print(lookup_or(obj, 1, "d"))
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

# Unpacking tuples of every length; wrong lengths raise as CPython does.
pairs = {"x": 1, "y": 2}
total = []
for k, v in pairs.items():
    total.append(k * v)
print(total)
a, b, c = (1, [2], "3")
print(a, b, c)
(p,) = (9,)
print(p)
for bad in ((1, 2, 3), (1,), ()):
    try:
        x, y = bad
    except ValueError as e:
        print("ValueError:", e)
t = ([1], [2])
u, w = t
u.append(3)
print(t)

# Membership in sets: ints hashed inline (small, negative, huge, bools, equal floats), strs
# whose hash is cached or not, and unhashable items.
s = {0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, "w1", (1, 2)}
print(0 in s, False in s, True in s, -1 in s, -2 in s, -3 in s, 2**61 - 2 in s)
print(2**61 - 1 in s, 2**61 in s, 2**64 in s, 2.0 in s, 1.0 in s, -1.0 in s, 0.5 in s)
print("w" + "1" in s, "w2" not in s, (1, 2) in s, (2, 1) in s)
print(hash(-1) == hash(-2), -1 in {-2}, -2 in {-1})
try:
    [1] in s
except TypeError as e:
    print("TypeError:", e)
seen = set()
for n in range(-5, 5):
    if n * n not in seen:
        seen.add(n * n)
print(sorted(seen))
# expect: 1 None two [3] None
# expect: 1 0 [1, 2] None
# expect: 1 True
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: unhashable type: 'set'
# expect: TypeError: TypeError
# expect: TypeError: TypeError
# expect: k1 None none
# expect: one
# expect: ('script', 1, 'd')
# expect: uno
# expect: [('a', 3), ('b', 2), ('c', 1)]
# expect: ['x', 'yy']
# expect: 1 [2] 3
# expect: 9
# expect: ValueError: too many values to unpack (expected 2)
# expect: ValueError: not enough values to unpack (expected 2, got 1)
# expect: ValueError: not enough values to unpack (expected 2, got 0)
# expect: ([1, 3], [2])
# expect: True True True True True False True
# expect: True True True False True True False
# expect: True True True False
# expect: True False False
# expect: TypeError: unhashable type: 'list'
# expect: [0, 1, 4, 9, 16, 25]
