# Dict and set look-ups under a GIL probe in line for int keys and strs whose hash is cached,
# anything else going the general way: equal keys of other types (True, 1.0), ints far from 0,
# keys whose __eq__ and __hash__ are Python code, strs of every length compared byte by byte
# (equal texts in different objects; texts one byte apart); set | & - ^ reading sets in place.
# args: --gil newgil
# args: --gil nogil


def fresh(text):  # a str object of this text made at runtime, its hash not yet computed
    return "".join(list(text))


# str equality at every length and every differing position
mismatches = []
for n in range(0, 41):
    base = "".join(chr(97 + (i * 7) % 26) for i in range(n))
    if fresh(base) != fresh(base):
        mismatches.append((n, -1))
    for p in range(n):
        other = base[:p] + ("Z" if base[p] != "Z" else "Y") + base[p + 1 :]
        if fresh(base) == fresh(other) or not (fresh(base) != fresh(other)):
            mismatches.append((n, p))
print(mismatches, fresh("ab") == fresh("abc"), fresh("") == fresh(""))

# str keys: found through other objects of the same text, at every length
words = ["w" * n + str(n) for n in range(30)]
counts = {}
for r in range(3):
    for w in words:
        key = fresh(w)
        counts[key] = counts.get(key, 0) + 1
print(len(counts), set(counts.values()), counts[fresh(words[17])], fresh(words[29]) in counts)
seen = set(words)
print(all(fresh(w) in seen for w in words), fresh("w" * 16) in seen, fresh("w" * 16 + "16") in seen)

# int keys: 1, True and 1.0 are one key; ints of every size; missing keys
d = {1: "one", -1: "minus one", -2: "minus two", 2**61 - 1: "m", 2**61: "big", 2**64: "huge"}
d[True] = "true"
print(d[1], d[1.0], d[-1], d[-2], d[2**61 - 1], d[2**61], d[2**64], d.get(0), d.get(2**63 - 1))
print(list(d.keys())[0] is True, list(d.keys())[0] == 1, type(list(d.keys())[0]).__name__)
b = {True: "t"}
b[1] = "one"
b[1.0] = "float"
print(b, {0: "z"}.get(False), {0.0: "z"}.get(0), {-5: 1}.get(-5.0))
s = {1, 2, 2**61, -3, 2**70}
print(True in s, 1.0 in s, 2.0 in s, -3.0 in s, 2**61 in s, 2**70 in s, 0 in s, -4 in s)


# keys whose hash and equality are Python code, equal to ints and strs
class Key:
    calls = 0

    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        Key.calls += 1
        return self.value == (other.value if isinstance(other, Key) else other)


d = {Key(5): "five", Key("abc"): "str", 5.5: "float"}
print(d[Key(5)], d.get(Key("abc")), Key(6) in d, d.get(Key(7), "absent"), d[5.5])
d[Key(5)] = "replaced"
print(len(d), d[Key(5)], Key.calls > 0)
s = {Key(5), Key("abc")}
print(Key(5) in s, Key("abc") in s, Key("abd") in s)

# set operators: results and their order, the same set on both sides, dummies left by removals
a = set(range(0, 40, 2))
b = set(range(0, 40, 3))
print(a | b)
print(a & b, b & a)
print(a - b, a ^ b)
for x in range(0, 20, 4):
    a.discard(x)
print(a | b, a & b)
c = set(a)
c |= c
print(c == a, c & c == c, c - c, c ^ c)
f = frozenset([3, 1, 2])
print(f | {4}, {4} | f, f & {1, 5}, type(f | {4}).__name__, type({4} | f).__name__)
words_a = {"w%d" % i for i in range(20)}
words_b = {"w%d" % i for i in range(10, 30)}
print(sorted(words_a & words_b) == ["w%d" % i for i in range(10, 20)], len(words_a | words_b))
ks = {Key(1), Key(2), Key(3)}
both = ks & {Key(1), Key(3), Key(5)}
print(sorted(k.value for k in both), len(ks | {Key(1), Key(2), Key(4)}), len(ks - {Key(2)}))
# the in-place operators with the same set on both sides, which they read while changing it
s = set(range(0, 30, 3))
s -= s
print(s)
s = set(range(0, 30, 3))
s &= s
print(s)
s = set(range(0, 30, 3))
s ^= s
print(s)
s = set(range(0, 30, 3))
s |= s
print(s)
s.discard(3)
t = set(s)
t -= {0, 6}
t |= s
print(t, s.intersection(s, {9, 12}), s.difference(s))

# expect: [] False True
# expect: 30 {3} 3 True
# expect: True False True
# expect: true true minus one minus two m big huge None None
# expect: False True int
# expect: {True: 'float'} z z 1
# expect: True True True True True True False False
# expect: five str False absent float
# expect: 3 replaced True
# expect: True True False
# expect: {0, 2, 3, 4, 6, 8, 9, 10, 12, 14, 15, 16, 18, 20, 21, 22, 24, 26, 27, 28, 30, 32, 33, 34, 36, 38, 39}
# expect: {0, 36, 6, 12, 18, 24, 30} {0, 36, 6, 12, 18, 24, 30}
# expect: {32, 2, 34, 4, 38, 8, 10, 14, 16, 20, 22, 26, 28} {2, 3, 4, 8, 9, 10, 14, 15, 16, 20, 21, 22, 26, 27, 28, 32, 33, 34, 38, 39}
# expect: {0, 2, 3, 6, 9, 10, 12, 14, 15, 18, 20, 21, 22, 24, 26, 27, 28, 30, 32, 33, 34, 36, 38, 39} {36, 6, 18, 24, 30}
# expect: True True set() set()
# expect: frozenset({1, 2, 3, 4}) {1, 2, 3, 4} frozenset({1}) frozenset set
# expect: True 30
# expect: [1, 3] 4 2
# expect: set()
# expect: {0, 3, 6, 9, 12, 15, 18, 21, 24, 27}
# expect: set()
# expect: {0, 3, 6, 9, 12, 15, 18, 21, 24, 27}
# expect: {0, 6, 9, 12, 15, 18, 21, 24, 27} {9, 12} set()
