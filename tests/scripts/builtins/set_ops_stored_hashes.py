# Set operations that remove or toggle another set's keys (-, -=, difference_update, ^, ^=,
# symmetric_difference_update) use the hashes the other set's table keeps: __hash__ is not
# called again, __eq__ only on a hash match, and the results keep CPython's order.
# args: --gil newgil
# args: --gil nogil


class Key:
    hashes = 0
    eqs = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        Key.hashes += 1
        return self.n % 4

    def __eq__(self, other):
        Key.eqs += 1
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "K%d" % self.n


def counted(label, fn):
    Key.hashes = Key.eqs = 0
    result = fn()
    print(label, sorted(result, key=lambda k: k.n), Key.hashes, Key.eqs)


keys = [Key(i) for i in range(8)]
a = set(keys[:6])
b = set(keys[3:])
big = set(keys)
counted("a ^ b", lambda: a ^ b)
counted("a - b", lambda: a - b)
counted("big - {K7}", lambda: big - {keys[7]})


def isub(target, other):
    target -= other
    return target


def ixor(target, other):
    target ^= other
    return target


counted("c -= b", lambda: isub(set(a), b))
counted("d ^= b", lambda: ixor(set(a), b))
e = set(a)
counted("difference_update", lambda: (e.difference_update(b, {keys[0]}), e)[1])
f = set(a)
counted("symmetric_difference_update", lambda: (f.symmetric_difference_update(b), f)[1])
g = set(a)
counted("symmetric_difference_update list", lambda: (g.symmetric_difference_update([keys[0], keys[7]]), g)[1])

# A set against itself empties it, in place or not.
s = {1, 2, 3}
s -= s
print(s, len(s))
s.add(9)
print(s)
t = {1, 2, 3}
t ^= t
print(t)
u = {4, 5}
u.symmetric_difference_update(u)
print(u)
v = {4, 5}
v.difference_update(v)
print(v)
w = frozenset({1, 2})
print(w - w, w ^ w)

# Order after many removals: CPython makes the table anew when dummies fill a quarter of it.
x = set(range(0, 1000, 7))
x -= set(range(0, 1000, 2))
x.add(3)
x.add(-5)
print(list(x)[:12], len(x))
z = set(range(64))
z ^= set(range(10, 70))
z.add(-1)
print(list(z))
big_minus = set(range(200)) - {5, 6}
big_minus.add(1000)
print(list(big_minus)[:8], list(big_minus)[-3:])
strs = {"a%d" % i for i in range(30)}
strs -= {"a%d" % i for i in range(0, 30, 2)}
print(sorted(strs)[:5], len(strs))
mixed = {1, 2.5, "x", (1, 2), None, frozenset({3})}
print(sorted(map(repr, mixed ^ {2.5, (1, 2), "y", 7})))
print(sorted(map(repr, mixed - {1.0, "x", (1, 2)})))

# Unhashable keys in the iterable still raise; a set's keys are hashable already.
try:
    {1, 2}.symmetric_difference_update([[1]])
except TypeError as exc:
    print("TypeError:", exc)
try:
    {1, 2}.difference_update([1, {}])
except TypeError as exc:
    print("TypeError:", exc)
q = {1, 2, 3}
try:
    q.difference_update([1, []])
except TypeError as exc:
    print("TypeError:", exc, sorted(q))

# A str found by its text in a set's first probed slot (another object of the same text).
words = ["w%d" % (i % 5) for i in range(20)]
seen = set()
for word in words:
    if word not in seen:
        seen.add(word)
print(sorted(seen), "w3" in seen, "w" + "3" in seen, "w33" in seen, "w" in seen, "" in seen)
long_words = {"abcdefghijklmnop%d" % i for i in range(4)}
print("abcdefghijklmnop" + "2" in long_words, "abcdefghijklmnop" + "9" in long_words)

# expect: a ^ b [K0, K1, K2, K6, K7] 0 6
# expect: a - b [K0, K1, K2] 0 3
# expect: big - {K7} [K0, K1, K2, K3, K4, K5, K6] 1 1
# expect: c -= b [K0, K1, K2] 0 3
# expect: d ^= b [K0, K1, K2, K6, K7] 0 4
# expect: difference_update [K1, K2] 1 3
# expect: symmetric_difference_update [K0, K1, K2, K6, K7] 0 4
# expect: symmetric_difference_update list [K1, K2, K3, K4, K5, K7] 2 2
# expect: set() 0
# expect: {9}
# expect: set()
# expect: set()
# expect: set()
# expect: frozenset() frozenset()
# expect: [3, 7, 525, 21, 539, 35, 553, 49, 567, 63, 581, 77] 73
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 64, 65, 66, 67, 68, 69, -1]
# expect: [0, 1, 2, 3, 4, 7, 8, 9] [198, 199, 1000]
# expect: ['a1', 'a11', 'a13', 'a15', 'a17'] 15
# expect: ["'x'", "'y'", '1', '7', 'None', 'frozenset({3})']
# expect: ['2.5', 'None', 'frozenset({3})']
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: unhashable type: 'list' [2, 3]
# expect: ['w0', 'w1', 'w2', 'w3', 'w4'] True True False False False
# expect: True False
