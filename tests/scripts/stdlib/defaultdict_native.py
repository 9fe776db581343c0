# collections.defaultdict (native): missing keys, default_factory (read, set, None), repr, copy,
# isinstance and type, dict operations, errors, nested defaultdicts, deepcopy.
# args: --gil newgil
# args: --gil nogil
import copy
from collections import defaultdict, Counter


def f():
    return "made"


d = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    d[w] += 1
print(d, len(d), d["zzz"], len(d), "yyy" in d, d.get("www"), sorted(d))
print(type(d).__name__, type(d) is defaultdict, isinstance(d, dict), isinstance(d, defaultdict),
      isinstance({}, defaultdict), d.default_factory)
print(d == {"the": 3, "cat": 1, "and": 2, "hat": 1, "bat": 1, "zzz": 0}, dict(d) == d)
lists = defaultdict(list)
lists["a"].append(1)
lists["b"].append(2)
lists["a"].append(3)
print(lists, repr(defaultdict(f)).startswith("defaultdict(<function f at"), defaultdict(f)["k"])
print(defaultdict(None), defaultdict(int, a=1), defaultdict(set, {"k": {1}}),
      defaultdict(list, [(1, 2)], b=3))
n = defaultdict(lambda: defaultdict(int))
n["x"]["y"] += 2
print(n["x"], dict(n["x"]), len(n))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print(type(e).__name__, e)
for bad in (1, "s", [1]):
    try:
        defaultdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
c = d.copy()
c["new"] += 5
print(type(c).__name__, c.default_factory, c["new"], "new" in d)
d.default_factory = lambda: -1
print(d["neg"], d.pop("neg"), d.setdefault("s", 9), d["s"])
d.default_factory = None
try:
    d["absent"]
except KeyError as e:
    print(type(e).__name__, e)
dd = defaultdict(list)
dd["x"].append(1)
d2 = copy.deepcopy(dd)
d2["x"].append(2)
d3 = copy.copy(dd)
d3["y"].append(3)
print(dd, d2, d3, d2.default_factory is list)


def boom():
    raise ValueError("no default")


e = defaultdict(boom)
try:
    e["k"]
except ValueError as err:
    print(type(err).__name__, err, len(e))
print(Counter("abracadabra").most_common(2), {**defaultdict(int, a=1)})
g = defaultdict(int, {"a": 1})
g.update(b=2)
print(sorted(g.items()), list(g.keys()), g | {"c": 3}, defaultdict.__name__)
print({"a": 1} | {"b": 2})
print(g | {"c": 3}, {"c": 3} | g)
g |= {"z": 0}
print(g)
print(repr(defaultdict), issubclass(defaultdict, dict), issubclass(dict, defaultdict), defaultdict(defaultdict))
print(type(defaultdict(int)), callable(defaultdict))

# The expected output (CPython 3.11):
# expect: defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1, 'zzz': 0}) 5 0 6 False None ['and', 'bat', 'cat', 'hat', 'the', 'zzz']
# expect: defaultdict True True True False <class 'int'>
# expect: True True
# expect: defaultdict(<class 'list'>, {'a': [1, 3], 'b': [2]}) True made
# expect: defaultdict(None, {}) defaultdict(<class 'int'>, {'a': 1}) defaultdict(<class 'set'>, {'k': {1}}) defaultdict(<class 'list'>, {1: 2, 'b': 3})
# expect: defaultdict(<class 'int'>, {'y': 2}) {'y': 2} 1
# expect: KeyError 'x'
# expect: TypeError first argument must be callable or None
# expect: TypeError first argument must be callable or None
# expect: TypeError first argument must be callable or None
# expect: defaultdict <class 'int'> 5 False
# expect: -1 -1 9 9
# expect: KeyError 'absent'
# expect: defaultdict(<class 'list'>, {'x': [1]}) defaultdict(<class 'list'>, {'x': [1, 2]}) defaultdict(<class 'list'>, {'x': [1], 'y': [3]}) True
# expect: ValueError no default 0
# expect: [('a', 5), ('b', 2)] {'a': 1}
# expect: [('a', 1), ('b', 2)] ['a', 'b'] defaultdict(<class 'int'>, {'a': 1, 'b': 2, 'c': 3}) defaultdict
# expect: {'a': 1, 'b': 2}
# expect: defaultdict(<class 'int'>, {'a': 1, 'b': 2, 'c': 3}) defaultdict(<class 'int'>, {'c': 3, 'a': 1, 'b': 2})
# expect: defaultdict(<class 'int'>, {'a': 1, 'b': 2, 'z': 0})
# expect: <class 'collections.defaultdict'> True False defaultdict(<class 'collections.defaultdict'>, {})
# expect: <class 'collections.defaultdict'> True
