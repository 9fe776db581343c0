# d.copy(), dict(d), {**d} and d | e copy a dict's entries and index whole (Dict::copy_from):
# the copy must find every key, keep the order, leave out removed keys, and share nothing with
# its source after.
# args: --gil newgil
# args: --gil nogil
from collections import defaultdict, OrderedDict, Counter


def check(name, source, copy):
    same = list(copy.items()) == list(source.items())
    found = all(copy[k] is source[k] for k in source)
    print(name, len(copy), same, found, type(copy).__name__)


for size in (0, 1, 5, 8, 9, 40, 1000):
    d = {("k%d" % i if i % 3 else i): i * i for i in range(size)}
    check("copy", d, d.copy())
    check("dict", d, dict(d))
    check("spread", d, {**d})
    check("or", d, d | {})

# Holes: removed keys leave holes in the source's entries; the copy has none.
d = {i: str(i) for i in range(50)}
for i in range(0, 50, 3):
    del d[i]
for c in (d.copy(), dict(d), {**d}, d | {}):
    print(len(c), list(c)[:5], 0 in c, 1 in c, c.get(48), c.get(49))
    c[1000] = "new"
    del c[1]
    print(len(c), 1000 in c, 1 in c, 1 in d, 1000 in d)
print(len(d), sorted(d)[:4])

# Few keys, some removed (no index in either).
small = {"a": 1, "b": 2, "c": 3}
del small["b"]
c = small.copy()
c["b"] = 20
print(c, small)

# Keys that compare equal but are other objects, floats, tuples, None.
keys = [1.5, (1, 2), None, "x" * 3, -7, 2**70, True]
d = dict.fromkeys(keys, 0)
c = {**d}
print([k in c for k in [1.5, (1, 2), None, "xxx", -7, 2**70, 1]], len(c))

# Mixing: {**a, **b} and entries before the spread.
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print({**a, **b}, {"w": 0, **a}, {**a, "x": 9}, {**{}, **a})
print(dict(a, y=7), a | b, b | a)

# Subclasses and defaultdicts: copy() keeps a defaultdict's factory; dict() makes a dict.
dd = defaultdict(list, {"p": [1]})
ddc = dd.copy()
ddc["q"].append(2)
print(type(ddc).__name__, dict(ddc), "q" in dd)
print(type(dict(dd)).__name__, type({**dd}).__name__)
od = OrderedDict([("b", 1), ("a", 2)])
print(dict(od), {**od}, type(od.copy()).__name__)
cnt = Counter("abracadabra")
print(sorted(dict(cnt).items()), sorted({**cnt}.items()))

# The values are shared (a shallow copy), the containers are not.
inner = [1]
d = {"l": inner}
c = d.copy()
c["l"].append(2)
print(d, c["l"] is inner)

# Errors as CPython's.
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    dict({1: 2}, {3: 4})
except TypeError as e:
    print("TypeError", e)

# [*l], (*t, x), f(*l): the items of an exact list or tuple copied at once.
l = [1, "two", 3.0, None]
t = (4, 5)
print([*l], [*t], [*l, *t], (*l, 0), [*[]], (*(),))
nested = [*l]
nested.append(9)
print(l, nested)


def f(*args):
    return args


print(f(*l), f(*t, *l), f(0, *[]), f(*"ab"), f(*range(3)))
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
try:
    [*5]
except TypeError as e:
    print("TypeError", e)


class Seq(list):
    def __iter__(self):
        return iter([7, 8])


print([*Seq([1, 2])], f(*Seq([1])))

# Copies made while another thread adds and removes keys (under nogil, at the same time): each
# copy is whole and consistent, every key mapped to its own value.
import threading

shared = {i: i * 2 for i in range(64)}
bad = []


def churn():
    for r in range(2000):
        shared[1000 + r % 50] = (1000 + r % 50) * 2
        shared.pop(1000 + (r + 25) % 50, None)


def copier():
    for r in range(300):
        for c in (shared.copy(), dict(shared), {**shared}):
            if any(v != k * 2 for k, v in c.items()) or any(i not in c for i in range(64)):
                bad.append(c)


threads = [threading.Thread(target=churn)] + [threading.Thread(target=copier) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consistent copies:", not bad)

# expect: copy 0 True True dict
# expect: dict 0 True True dict
# expect: spread 0 True True dict
# expect: or 0 True True dict
# expect: copy 1 True True dict
# expect: dict 1 True True dict
# expect: spread 1 True True dict
# expect: or 1 True True dict
# expect: copy 5 True True dict
# expect: dict 5 True True dict
# expect: spread 5 True True dict
# expect: or 5 True True dict
# expect: copy 8 True True dict
# expect: dict 8 True True dict
# expect: spread 8 True True dict
# expect: or 8 True True dict
# expect: copy 9 True True dict
# expect: dict 9 True True dict
# expect: spread 9 True True dict
# expect: or 9 True True dict
# expect: copy 40 True True dict
# expect: dict 40 True True dict
# expect: spread 40 True True dict
# expect: or 40 True True dict
# expect: copy 1000 True True dict
# expect: dict 1000 True True dict
# expect: spread 1000 True True dict
# expect: or 1000 True True dict
# expect: 33 [1, 2, 4, 5, 7] False True None 49
# expect: 33 True False True False
# expect: 33 [1, 2, 4, 5, 7] False True None 49
# expect: 33 True False True False
# expect: 33 [1, 2, 4, 5, 7] False True None 49
# expect: 33 True False True False
# expect: 33 [1, 2, 4, 5, 7] False True None 49
# expect: 33 True False True False
# expect: 33 [1, 2, 4, 5]
# expect: {'a': 1, 'c': 3, 'b': 20} {'a': 1, 'c': 3}
# expect: [True, True, True, True, True, True, True] 7
# expect: {'x': 1, 'y': 3, 'z': 4} {'w': 0, 'x': 1, 'y': 2} {'x': 9, 'y': 2} {'x': 1, 'y': 2}
# expect: {'x': 1, 'y': 7} {'x': 1, 'y': 3, 'z': 4} {'y': 2, 'z': 4, 'x': 1}
# expect: defaultdict {'p': [1], 'q': [2]} False
# expect: dict dict
# expect: {'b': 1, 'a': 2} {'b': 1, 'a': 2} OrderedDict
# expect: [('a', 5), ('b', 2), ('c', 1), ('d', 1), ('r', 2)] [('a', 5), ('b', 2), ('c', 1), ('d', 1), ('r', 2)]
# expect: {'l': [1, 2]} True
# expect: TypeError 'list' object is not a mapping
# expect: TypeError dict expected at most 1 argument, got 2
# expect: [1, 'two', 3.0, None] [4, 5] [1, 'two', 3.0, None, 4, 5] (1, 'two', 3.0, None, 0) [] ()
# expect: [1, 'two', 3.0, None] [1, 'two', 3.0, None, 9]
# expect: (1, 'two', 3.0, None) (4, 5, 1, 'two', 3.0, None) (0,) ('a', 'b') (0, 1, 2)
# expect: TypeError __main__.f() argument after * must be an iterable, not int
# expect: TypeError Value after * must be an iterable, not int
# expect: [7, 8] (7, 8)
# expect: consistent copies: True
