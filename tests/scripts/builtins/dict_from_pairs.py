# dict(iterable) of pairs: tuples read in place, lists and other sequences as CPython's errors say.
keys = ["a", "b", "c"]
print(dict(zip(keys, range(3))), dict(enumerate("xy")), dict([("k", 1), ["l", 2]]))
print(dict((k, k * 2) for k in keys), dict({"p": 1}.items()), dict(zip(keys, keys), z=0))


class Pair(tuple):
    def __iter__(self):
        return iter(("overridden", "iter"))


print(dict([Pair(("t", 1))]))
for bad in ([("a", 1, 2)], [("a",)], [1], ["ab", "cde"], [()]):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
d = {}
d.update((str(i), i) for i in range(3))
print(d)


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


print(dict(zip([Key("x"), Key("y"), Key("x")], [1, 2, 3])))
rows = [(i, i * i) for i in range(5)]
print(dict(rows), len(dict(zip(range(1000), range(1000)))))
pairs = list(zip("ab", "cd")) + list(zip("e", "f", "g"))
print(pairs, [tuple(p) for p in pairs], (1, 2) == tuple([1, 2]))

# expect: {'a': 0, 'b': 1, 'c': 2} {0: 'x', 1: 'y'} {'k': 1, 'l': 2}
# expect: {'a': 'aa', 'b': 'bb', 'c': 'cc'} {'p': 1} {'a': 'a', 'b': 'b', 'c': 'c', 'z': 0}
# expect: {'overridden': 'iter'}
# expect: ValueError dictionary update sequence element #0 has length 3; 2 is required
# expect: ValueError dictionary update sequence element #0 has length 1; 2 is required
# expect: TypeError cannot convert dictionary update sequence element #0 to a sequence
# expect: ValueError dictionary update sequence element #1 has length 3; 2 is required
# expect: ValueError dictionary update sequence element #0 has length 0; 2 is required
# expect: {'0': 0, '1': 1, '2': 2}
# expect: hash x
# expect: hash y
# expect: hash x
# expect: {Key(x): 3, Key(y): 2}
# expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16} 1000
# expect: [('a', 'c'), ('b', 'd'), ('e', 'f', 'g')] [('a', 'c'), ('b', 'd'), ('e', 'f', 'g')] True
