# `d[k] = d.get(k, c) + n` of two locals (one fused instruction when d is an exact dict and k an
# int or str): counts, defaults and steps, values that are not ints, overflow, subclasses that
# override get or __setitem__, keys of other types, unbound locals, threads.
import threading


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_by(d, keys):
    for k in keys:
        d[k] = d.get(k, 10) + 3
    return d


words = ["w%d" % (i % 7) for i in range(50)]  # equal strs, not the same objects
print(count(words))
print(list(count(words)) == sorted(set(words), key=words.index))
print(count([3, 1, 3, 2, 1, 3, -5, 2 ** 62]))
print(count_by({}, ["a", "b", "a"]))
print(count_by({"a": 1.5, "b": True, "c": 2 ** 63 - 3, "d": 2 ** 70}, ["a", "b", "c", "d"]))
print(count_by({1: 1, 2.0: 2, "x": 0}, [1.0, True, 2, "x", (1, 2), None]))
print(count(["", "abcdefghijklmnopq", "abcdefghijklmnopq", ""]))

try:
    count(["a", [1]])
except TypeError as e:
    print("TypeError:", e)

try:
    count_by({"a": "s"}, ["a"])
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print("eq", self.name)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


print(count([Key("a"), Key("b"), Key("a")]))


class Mutating:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.d.clear()
        return False


def mutated():
    d = {1: 5}
    k = Mutating(d)
    d[k] = d.get(k, 0) + 1
    result = len(d), d[k]
    d.clear()  # k holds d: no cycle left
    return result


print(mutated())


class Missing(dict):
    def __missing__(self, key):
        return 100


class OwnGet(dict):
    def get(self, key, default=None):
        print("get", key, default)
        return 40


class OwnSet(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 2)


def count_into(d, words):
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


print(count_into(Missing(), ["a", "a"]))
print(count_into(OwnGet(), ["a", "b"]))
print(count_into(OwnSet(), ["a", "a"]))


class NotADict:
    def __init__(self):
        self.items = {}

    def get(self, key, default):
        return self.items.get(key, default) * 10

    def __setitem__(self, key, value):
        self.items[key] = value


print(count_into(NotADict(), ["a", "a", "b"]).items)


def unbound_key():
    d = {}
    if d:
        k = 1
    d[k] = d.get(k, 0) + 1


def unbound_dict(k):
    if k is None:
        d = {}
    d[k] = d.get(k, 0) + 1


for f, arg in ((unbound_key, ()), (unbound_dict, (1,))):
    try:
        f(*arg)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def count_iterating(d):
    for k in d:
        d[k] = d.get(k, 0) + 1
    return d


print(count_iterating({"a": 1, "b": 2}))
try:
    d = {"a": 1}
    for k in d:
        new = "n" + k
        d[new] = d.get(new, 0) + 1
except RuntimeError as e:
    print("RuntimeError:", e)


shared = {}


def worker(n):
    for i in range(2000):
        w = "k%d" % (i % 10)
        shared[w] = shared.get(w, 0) + n


threads = [threading.Thread(target=worker, args=(1,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(shared), all(0 < v <= 800 for v in shared.values()))

# expect: {'w0': 8, 'w1': 7, 'w2': 7, 'w3': 7, 'w4': 7, 'w5': 7, 'w6': 7}
# expect: True
# expect: {3: 3, 1: 2, 2: 1, -5: 1, 4611686018427387904: 1}
# expect: {'a': 16, 'b': 13}
# expect: {'a': 4.5, 'b': 4, 'c': 9223372036854775808, 'd': 1180591620717411303427}
# expect: {1: 7, 2.0: 5, 'x': 3, (1, 2): 13, None: 13}
# expect: {'': 2, 'abcdefghijklmnopq': 2}
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: can only concatenate str (not "int") to str
# expect: eq a
# expect: eq a
# expect: {Key(a): 2, Key(b): 1}
# expect: (1, 1)
# expect: {'a': 2}
# expect: get a 0
# expect: get b 0
# expect: {'a': 41, 'b': 41}
# expect: set a 1
# expect: set a 3
# expect: {'a': 6}
# expect: {'a': 11, 'b': 1}
# expect: UnboundLocalError: cannot access local variable 'k' where it is not associated with a value
# expect: UnboundLocalError: cannot access local variable 'd' where it is not associated with a value
# expect: {'a': 2, 'b': 3}
# expect: RuntimeError: dictionary changed size during iteration
# expect: ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'] True
