# d.keys(), d.values() and d.items() are live views, as CPython 3.11's dict_keys, dict_values and
# dict_items: repr, len, iteration, membership, set operations and comparisons, errors.
# args: --gil newgil
# args: --gil nogil
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(k) is type({}.keys()), type(k) is type(v))
print(len(k), len(v), len(i), bool(k), bool({}.keys()), bool({}.items()), bool({}.values()))
print(repr({}.keys()), repr({}.values()), repr({}.items()), str(i))
print({1: {2: 3}}.items(), {(1, 2): [3]}.values(), {None: "x"}.keys())
print(f"{k}", "%s" % (v,))

# Live: later inserts and deletes show through.
d["c"] = 3
print(k, v, i, len(k))
del d["a"]
print(k, v, i, len(i))
d["a"] = 10
print(list(k), list(v), list(i))
d.clear()
print(k, v, i, len(v), bool(k))
d.update({"x": 1, "y": 2, "z": 3})
print(k, v, i)

# Iteration.
print([x for x in k], [x for x in v], [x for x in i])
for key, value in d.items():
    print(key, value, end="; ")
print()
for key in d.keys():
    print(key, end=" ")
print()
total = 0
for value in d.values():
    total += value
print(total)
print(list(k), tuple(v), sorted(i, reverse=True), set(k) == {"x", "y", "z"}, sorted(set(i)))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(sum(d.values()), max(d.values()), min(d.keys()), "-".join(d.keys()), sorted(d.values()))
print(list(enumerate(d.items())), list(zip(d.keys(), d.values())), dict(d.items()) == d)
print(any(x > 2 for x in v), all(x > 0 for x in v), list(map(str, v)))
a, b, c = d.items()
print(a, b, c)
(k1, v1), (k2, v2), _ = d.items()
print(k1, v1, k2, v2)
x, y, z = d.keys()
print(x, y, z)
p, q, r = d.values()
print(p, q, r)
try:
    a, b = d.items()
except ValueError as e:
    print("ValueError:", e)
first, *rest = d.keys()
print(first, rest)
it = iter(d.items())
print(next(it), next(it), next(it), next(it, "end"))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(iter(d)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__, type(reversed(d)).__name__)
print(type(iter(set())).__name__)
print(isinstance(d.keys(), type({}.keys())), isinstance(d.items(), type({}.keys())), isinstance(d, type(d.keys())))
print(type(d.values()), type(iter(d.items())), type(reversed(d)), type(d.keys()) is type({}.keys()))
class dict_keys:  # a script class of the same name is another type
    pass
print(isinstance(dict_keys(), type(d.keys())), isinstance(d.keys(), dict_keys), isinstance(None, type(None)))
# Two iterators over one view are independent; a view can be iterated again.
it1, it2 = iter(k), iter(k)
print(next(it1), next(it1), next(it2), list(k), list(k))
# Items iterators hand out tuples that stay as they were when kept.
kept = []
for pair in d.items():
    kept.append(pair)
print(kept, [p for p in d.items()])
it = iter(d.items())
held = next(it)
print(held, next(it), held)
nested = [(kk, vv) for kk, vv in d.items() for _ in d.items()]
print(len(nested), nested[:4])

# Changing the dict's size while iterating a view, or its reverse, is a RuntimeError.
for view in (d.keys(), d.values(), d.items()):
    try:
        for item in view:
            d["new"] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
    del d["new"]
try:
    for item in reversed(d.items()):
        del d["x"]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d["x"] = 1
rev = reversed(d.keys())
print(next(rev))
d["w"] = 9
try:
    next(rev)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(rev)
except RuntimeError as e:
    print("RuntimeError again:", e)
# Values may change while iterating (the size does not).
for key, value in d.items():
    d[key] = value * 10
print(d)
for key in d.keys():
    d[key] += 1
print(list(d.values()))

# Membership.
d = {"a": 1, "b": 2, 3: [4]}
print("a" in d.keys(), "z" in d.keys(), 3 in d.keys(), "a" not in d.keys())
print(("a", 1) in d.items(), ("a", 2) in d.items(), ("z", 1) in d.items(), (3, [4]) in d.items())
print("a" in d.items(), ("a",) in d.items(), ("a", 1, 2) in d.items(), ["a", 1] in d.items())
print(1 in d.values(), 5 in d.values(), [4] in d.values(), "a" in d.values())
try:
    [1] in d.keys()
except TypeError as e:
    print("TypeError:", e)
try:
    ([1], 2) in d.items()
except TypeError as e:
    print("TypeError:", e)
try:
    {} in d.keys()
except TypeError as e:
    print("TypeError:", e)

# Comparisons: keys and items views as sets, values views by identity.
d = {1: "a", 2: "b"}
e = {2: "b", 1: "a"}
print(d.keys() == {1, 2}, {1, 2} == d.keys(), d.keys() == frozenset([1, 2]), d.keys() == e.keys())
print(d.keys() == [1, 2], d.keys() == (1, 2), d.keys() != {1}, d.keys() != {1, 2}, d.keys() == {1: 0, 2: 0})
print(d.items() == {(1, "a"), (2, "b")}, d.items() == e.items(), d.items() == {(1, "a")}, d.items() == d.keys())
print(d.items() == [(1, "a"), (2, "b")], d.items() != e.items())
vals = d.values()
print(vals == vals, d.values() == d.values(), d.values() == e.values(), vals != vals, vals == ["a", "b"])
print(d.keys() < {1, 2, 3}, d.keys() <= {1, 2}, d.keys() < {1, 2}, d.keys() > {1}, d.keys() >= {1, 2}, d.keys() > {3})
print({1} < d.keys(), {1, 2, 3} > d.keys(), {1, 2} >= d.keys(), frozenset() <= d.keys(), {5} < d.keys())
print(d.keys() <= e.keys(), d.items() < {(1, "a"), (2, "b"), (3, "c")}, d.items() >= {(1, "a")})
print({1: 0}.keys() < d.keys(), d.keys() > {1: 0}.keys())
for left, right in ((d.keys(), [1, 2]), ([1], d.keys()), (d.values(), d.values()), (d.values(), {1}), (d.items(), 5)):
    try:
        left < right
    except TypeError as e:
        print("TypeError:", e)
try:
    d.keys() >= None
except TypeError as e:
    print("TypeError:", e)

# Set operators: keys and items views with any iterable, on either side; the result is a set.
d = {1: "a", 2: "b", 3: "c"}
print(d.keys() & {2, 3, 4}, d.keys() | {4}, d.keys() - {1}, d.keys() ^ {3, 4})
print(d.keys() & [2, 9], d.keys() | (5,), d.keys() - range(2), d.keys() ^ [1, 1, 7])
print({2, 3, 4} & d.keys(), [4] | d.keys(), [1, 5] - d.keys(), (3, 4) ^ d.keys(), range(5) & d.keys())
print(type(d.keys() & {1}).__name__, type(frozenset([1]) & d.keys()).__name__, type(d.keys() | frozenset()).__name__)
print(d.keys() & {5: 0, 1: 0}, d.keys() & {5: 0, 1: 0}.keys(), d.keys() - d.keys(), d.keys() | d.keys())
e = {2: "x", 3: "c", 4: "d"}
print(d.keys() & e.keys(), sorted(d.keys() ^ e.keys()), sorted(d.items() & e.items()), sorted(d.items() - e.items()))
print(sorted(d.items() | e.items()), sorted(d.items() ^ e.items()), sorted(d.items() & [(1, "a"), (2, "z"), [3, "c"]]))
print(sorted(d.items() & {(1, "a")}), sorted([(1, "a"), (9, "z")] - d.items()))
s = {9}
s |= d.keys()
print(s, type(s).__name__)
s = {1, 2, 9}
s &= d.keys()
print(s)
s = {1, 9}
s -= d.keys()
print(s)
s = {1, 9}
s ^= d.keys()
print(s)
kv = d.keys()
kv |= {7}
print(kv)
kv = d.keys()
kv -= {1}
print(kv, d)
print(d.keys().isdisjoint({4, 5}), d.keys().isdisjoint([3]), d.keys().isdisjoint(range(10, 20)), d.keys().isdisjoint(d.keys()), {}.keys().isdisjoint({}.keys()))
print(d.items().isdisjoint([(1, "a")]), d.items().isdisjoint({(1, "b")}), d.keys().isdisjoint(e.keys()), d.keys().isdisjoint({5: 0}))
for bad in (lambda: d.keys() & 5, lambda: 5 | d.keys(), lambda: d.keys() - None, lambda: d.keys() ^ 1.5,
            lambda: d.values() & {1}, lambda: {1} | d.values(), lambda: d.keys() + {1}, lambda: d.keys() * 2,
            lambda: d.keys() & [[1]], lambda: d.keys().isdisjoint(5), lambda: d.keys().isdisjoint(),
            lambda: d.items() | [[1]], lambda: -d.keys(), lambda: None | d.keys(), lambda: None ^ d.items(),
            lambda: d.keys() & None, lambda: d.keys().isdisjoint(x=1),
            lambda: d.items().isdisjoint(1, 2), lambda: d.values(1), lambda: d.keys(x=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(d.items() & [[1]], d.items().isdisjoint([[1]]))

# Not subscriptable, keys and items views unhashable, no other attributes.
for view in (d.keys(), d.values(), d.items()):
    try:
        view[0]
    except TypeError as e:
        print("TypeError:", e)
    try:
        view[0] = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        view.sort()
    except AttributeError as e:
        print("AttributeError:", e)
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {view: 1}
    except TypeError as e:
        print("TypeError:", e)
    try:
        {view}
    except TypeError as e:
        print("TypeError:", e)
vals = d.values()
print(hash(vals) == hash(vals), len({vals: 1, d.values(): 2}))
try:
    d.values().isdisjoint([])
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.keys(1)
except TypeError as e:
    print("TypeError:", e)
try:
    d.items(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    len(iter(d.keys()))
except TypeError as e:
    print("TypeError:", e)

# Views in containers and reprs: a view inside its own dict prints ... where it comes back (each
# cycle is broken after, for the leak checker).
d = {1: 2}
d[3] = d.keys()
print(d)
d[3] = d.items()
print(d)
d[3] = d.values()
print(d)
d[3] = 4
print([{"a": 1}.keys(), {"b": 2}.items()], ({"c": 3}.values(),))
# A view keeps its dict alive.
def make_view():
    return {"kept": 1}.items()
view = make_view()
print(view, list(view))
# An items iterator's tuples: those a loop keeps are never refilled.
d = {"a": 1, "b": 2, "c": 3}
print(max(d.items(), key=lambda kv: kv[1]), min(d.items(), key=lambda kv: -kv[1]))
seen = {}
for pair in d.items():
    seen[pair] = pair[0]
print(seen, [pair for pair in seen])
gen = (pair for pair in d.items())
print(list(gen), list(zip(d.items(), d.items())))
def pairs_of(m):
    yield from m.items()
print(list(pairs_of(d)), dict(pairs_of(d)) == d)


# expect: dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)])
# expect: dict_keys dict_values dict_items
# expect: True False
# expect: 2 2 2 True False False False
# expect: dict_keys([]) dict_values([]) dict_items([]) dict_items([('a', 1), ('b', 2)])
# expect: dict_items([(1, {2: 3})]) dict_values([[3]]) dict_keys([None])
# expect: dict_keys(['a', 'b']) dict_values([1, 2])
# expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)]) 3
# expect: dict_keys(['b', 'c']) dict_values([2, 3]) dict_items([('b', 2), ('c', 3)]) 2
# expect: ['b', 'c', 'a'] [2, 3, 10] [('b', 2), ('c', 3), ('a', 10)]
# expect: dict_keys([]) dict_values([]) dict_items([]) 0 False
# expect: dict_keys(['x', 'y', 'z']) dict_values([1, 2, 3]) dict_items([('x', 1), ('y', 2), ('z', 3)])
# expect: ['x', 'y', 'z'] [1, 2, 3] [('x', 1), ('y', 2), ('z', 3)]
# expect: x 1; y 2; z 3; 
# expect: x y z 
# expect: 6
# expect: ['x', 'y', 'z'] (1, 2, 3) [('z', 3), ('y', 2), ('x', 1)] True [('x', 1), ('y', 2), ('z', 3)]
# expect: ['z', 'y', 'x'] [3, 2, 1] [('z', 3), ('y', 2), ('x', 1)] ['z', 'y', 'x']
# expect: 6 3 x x-y-z [1, 2, 3]
# expect: [(0, ('x', 1)), (1, ('y', 2)), (2, ('z', 3))] [('x', 1), ('y', 2), ('z', 3)] True
# expect: True True ['1', '2', '3']
# expect: ('x', 1) ('y', 2) ('z', 3)
# expect: x 1 y 2
# expect: x y z
# expect: 1 2 3
# expect: ValueError: too many values to unpack (expected 2)
# expect: x ['y', 'z']
# expect: ('x', 1) ('y', 2) ('z', 3) end
# expect: dict_keyiterator dict_valueiterator dict_itemiterator dict_keyiterator
# expect: dict_reversekeyiterator dict_reversevalueiterator dict_reverseitemiterator dict_reversekeyiterator
# expect: set_iterator
# expect: True False False
# expect: <class 'dict_values'> <class 'dict_itemiterator'> <class 'dict_reversekeyiterator'> True
# expect: False False True
# expect: x y x ['x', 'y', 'z'] ['x', 'y', 'z']
# expect: [('x', 1), ('y', 2), ('z', 3)] [('x', 1), ('y', 2), ('z', 3)]
# expect: ('x', 1) ('y', 2) ('x', 1)
# expect: 9 [('x', 1), ('x', 1), ('x', 1), ('y', 2)]
# expect: RuntimeError: dictionary changed size during iteration
# expect: RuntimeError: dictionary changed size during iteration
# expect: RuntimeError: dictionary changed size during iteration
# expect: RuntimeError: dictionary changed size during iteration
# expect: {'y': 2, 'z': 3}
# expect: x
# expect: RuntimeError: dictionary changed size during iteration
# expect: RuntimeError again: dictionary changed size during iteration
# expect: {'y': 20, 'z': 30, 'x': 10, 'w': 90}
# expect: [21, 31, 11, 91]
# expect: True False True False
# expect: True False False True
# expect: False False False False
# expect: True False True False
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
# expect: True True True True
# expect: False False True False False
# expect: True True False False
# expect: False False
# expect: True False False False False
# expect: True True False True True False
# expect: True True True True False
# expect: True True True
# expect: True True
# expect: TypeError: '<' not supported between instances of 'dict_keys' and 'list'
# expect: TypeError: '<' not supported between instances of 'list' and 'dict_keys'
# expect: TypeError: '<' not supported between instances of 'dict_values' and 'dict_values'
# expect: TypeError: '<' not supported between instances of 'dict_values' and 'set'
# expect: TypeError: '<' not supported between instances of 'dict_items' and 'int'
# expect: TypeError: '>=' not supported between instances of 'dict_keys' and 'NoneType'
# expect: {2, 3} {1, 2, 3, 4} {2, 3} {1, 2, 4}
# expect: {2} {1, 2, 3, 5} {2, 3} {2, 3, 7}
# expect: {2, 3} {1, 2, 3, 4} {5} {1, 2, 4} {1, 2, 3}
# expect: set set set
# expect: {1} {1} set() {1, 2, 3}
# expect: {2, 3} [1, 4] [(3, 'c')] [(1, 'a'), (2, 'b')]
# expect: [(1, 'a'), (2, 'b'), (2, 'x'), (3, 'c'), (4, 'd')] [(1, 'a'), (2, 'b'), (2, 'x'), (4, 'd')] [(1, 'a')]
# expect: [(1, 'a')] [(9, 'z')]
# expect: {9, 2, 3, 1} set
# expect: {1, 2}
# expect: {9}
# expect: {2, 3, 9}
# expect: {1, 2, 3, 7}
# expect: {2, 3} {1: 'a', 2: 'b', 3: 'c'}
# expect: True False True False True
# expect: False True False True
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'NoneType' object is not iterable
# expect: TypeError: 'float' object is not iterable
# expect: TypeError: unsupported operand type(s) for &: 'dict_values' and 'set'
# expect: TypeError: unsupported operand type(s) for |: 'set' and 'dict_values'
# expect: TypeError: unsupported operand type(s) for +: 'dict_keys' and 'set'
# expect: TypeError: unsupported operand type(s) for *: 'dict_keys' and 'int'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: dict_keys.isdisjoint() takes exactly one argument (0 given)
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: bad operand type for unary -: 'dict_keys'
# expect: TypeError: 'NoneType' object is not iterable
# expect: TypeError: 'NoneType' object is not iterable
# expect: TypeError: 'NoneType' object is not iterable
# expect: TypeError: dict_keys.isdisjoint() takes no keyword arguments
# expect: TypeError: dict_items.isdisjoint() takes exactly one argument (2 given)
# expect: TypeError: dict.values() takes no arguments (1 given)
# expect: TypeError: dict.keys() takes no keyword arguments
# expect: set() True
# expect: TypeError: 'dict_keys' object is not subscriptable
# expect: TypeError: 'dict_keys' object does not support item assignment
# expect: AttributeError: 'dict_keys' object has no attribute 'sort'
# expect: TypeError: 'dict_values' object is not subscriptable
# expect: TypeError: 'dict_values' object does not support item assignment
# expect: AttributeError: 'dict_values' object has no attribute 'sort'
# expect: TypeError: 'dict_items' object is not subscriptable
# expect: TypeError: 'dict_items' object does not support item assignment
# expect: AttributeError: 'dict_items' object has no attribute 'sort'
# expect: TypeError: unhashable type: 'dict_keys'
# expect: TypeError: unhashable type: 'dict_keys'
# expect: TypeError: unhashable type: 'dict_keys'
# expect: TypeError: unhashable type: 'dict_items'
# expect: TypeError: unhashable type: 'dict_items'
# expect: TypeError: unhashable type: 'dict_items'
# expect: True 2
# expect: AttributeError: 'dict_values' object has no attribute 'isdisjoint'
# expect: TypeError: dict.keys() takes no arguments (1 given)
# expect: TypeError: dict.items() takes no keyword arguments
# expect: TypeError: object of type 'dict_keyiterator' has no len()
# expect: {1: 2, 3: dict_keys([1, 3])}
# expect: {1: 2, 3: dict_items([(1, 2), (3, ...)])}
# expect: {1: 2, 3: dict_values([2, ...])}
# expect: [dict_keys(['a']), dict_items([('b', 2)])] (dict_values([3]),)
# expect: dict_items([('kept', 1)]) [('kept', 1)]
# expect: ('c', 3) ('c', 3)
# expect: {('a', 1): 'a', ('b', 2): 'b', ('c', 3): 'c'} [('a', 1), ('b', 2), ('c', 3)]
# expect: [('a', 1), ('b', 2), ('c', 3)] [(('a', 1), ('a', 1)), (('b', 2), ('b', 2)), (('c', 3), ('c', 3))]
# expect: [('a', 1), ('b', 2), ('c', 3)] True
