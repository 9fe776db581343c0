# Dict and set probes stop at the first entry of the key's hash and compare keys after it: keys
# that share a hash but differ (objects whose __hash__ is an int key's, with and without
# __eq__ saying equal) are still found past each other, in either order of insertion, after
# removals; equal keys of other types (True, 1.0) find int keys. Script classes' special
# methods (__getitem__, __setitem__, __contains__, __len__, __iter__, ...), looked up by name on
# every use: defaultdict and Counter counting words, and a class of many dunders.
# args: --gil newgil
# args: --gil nogil

from collections import defaultdict, Counter


class Same:
    # hash of an int key, never equal to it
    def __init__(self, h, tag):
        self.h = h
        self.tag = tag

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Same) and other.tag == self.tag

    def __repr__(self):
        return "Same(%d, %r)" % (self.h, self.tag)


class EqualInt:
    # hash and equality of the int it wraps
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v

    def __repr__(self):
        return "EqualInt(%d)" % self.v


for order in range(2):
    d = {}
    a, b = Same(5, "a"), Same(5, "b")
    keys = [a, 5, b] if order == 0 else [5, b, a]
    for i, k in enumerate(keys):
        d[k] = i
    print(order, d[5], d[a], d[b], d.get(5), d.get(Same(5, "a")), d.get(Same(5, "z"), "none"))
    print(5 in d, a in d, Same(5, "c") in d, len(d))
    del d[a]
    print(5 in d, a in d, b in d, d.get(5), d[b], len(d))
    d[5] = "five"
    d[a] = "a again"
    print(sorted(d.values(), key=str), len(d))
    s = set(keys)
    print(5 in s, a in s, b in s, Same(5, "c") in s, len(s))
    s.discard(5)
    print(5 in s, a in s, b in s, len(s))
    s.add(5)
    s.add(5)
    print(5 in s, len(s))

# equal keys of other types, and an object equal to an int key
d = {1: "one", 2: "two"}
print(d[True], d[1.0], d.get(2.0), EqualInt(2) in d, d.get(EqualInt(1)))
d[EqualInt(1)] = "uno"
print(d, len(d))
s = {1, 2, 3}
print(True in s, 2.0 in s, EqualInt(3) in s, EqualInt(4) in s)

# str keys that are equal texts in different objects
words = ["w%d" % (i % 13) for i in range(200)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["w0"], counts["w12"])
seen = set()
for w in words:
    if w not in seen:
        seen.add(w)
print(len(seen), "w5" in seen, "w13" in seen)

# script classes' special methods
dd = defaultdict(int)
for w in "the cat and the dog and the bird".split():
    dd[w] += 1
print(sorted(dd.items()), dd["zebra"], len(dd), "the" in dd, "fish" in dd)
lists = defaultdict(list)
for i, w in enumerate("a b a c b a".split()):
    lists[w].append(i)
print(dict(lists))
c = Counter("the cat and the dog and the bird".split())
print(c.most_common(2), c["the"], c["nothing"], len(c))
c.update(["the", "cow"])
print(c["the"], c["cow"], sorted(c))


class Many:
    def __init__(self):
        self.store = {}

    def __getitem__(self, k):
        return self.store.get(k, -1)

    def __setitem__(self, k, v):
        self.store[k] = v

    def __delitem__(self, k):
        del self.store[k]

    def __contains__(self, k):
        return k in self.store

    def __len__(self):
        return len(self.store)

    def __iter__(self):
        return iter(sorted(self.store))

    def __bool__(self):
        return bool(self.store)

    def __repr__(self):
        return "Many(%r)" % (self.store,)

    def __eq__(self, other):
        return isinstance(other, Many) and self.store == other.store

    def __hash__(self):
        return 7

    def __lt__(self, other):
        return len(self) < len(other)

    def __add__(self, other):
        m = Many()
        m.store.update(self.store)
        m.store.update(other.store)
        return m


m = Many()
for i in range(20):
    m["k%d" % (i % 6)] = i
    if i % 5 == 4:
        del m["k%d" % (i % 6)]
print(m, len(m), list(m), "k1" in m, m["k0"], m["nope"], bool(m), bool(Many()))
n = Many()
n["z"] = 1
print(m + n, m == n, m < n, n < m, repr(n), str(n), hash(n), {m: 1, n: 2}[n])
# expect: 0 1 0 2 1 0 none
# expect: True True False 3
# expect: True False True 1 2 2
# expect: [2, 'a again', 'five'] 3
# expect: True True True False 3
# expect: False True True 2
# expect: True 3
# expect: 1 0 2 1 0 2 none
# expect: True True False 3
# expect: True False True 0 1 2
# expect: [1, 'a again', 'five'] 3
# expect: True True True False 3
# expect: False True True 2
# expect: True 3
# expect: one one two True one
# expect: {1: 'uno', 2: 'two'} 2
# expect: True True True False
# expect: 13 16 15
# expect: 13 True False
# expect: [('and', 2), ('bird', 1), ('cat', 1), ('dog', 1), ('the', 3)] 0 6 True False
# expect: {'a': [0, 2, 5], 'b': [1, 4], 'c': [3]}
# expect: [('the', 3), ('and', 2)] 3 0 5
# expect: 4 1 ['and', 'bird', 'cat', 'cow', 'dog', 'the']
# expect: Many({'k0': 18, 'k5': 17, 'k4': 16, 'k3': 15}) 4 ['k0', 'k3', 'k4', 'k5'] False 18 -1 True False
# expect: Many({'k0': 18, 'k5': 17, 'k4': 16, 'k3': 15, 'z': 1}) False False True Many({'z': 1}) Many({'z': 1}) 7 2
