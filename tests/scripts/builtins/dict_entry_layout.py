# A dict's entries keep each key's and value's kind (tags packed apart from the payloads): every
# kind of value as key and as value, through growth (the scanned entries, the first index, the
# later ones), removals, holes, copies, popitem, in-place counts and their overflow into big ints.
from collections import OrderedDict

kinds = [0, -1, -2, 2**62, True, False, None, 1.5, -0.0, float("inf"), "s", b"b", (1, "t"),
         2**70, frozenset({1}), int, len]
d = {}
for n, k in enumerate(kinds):
    d[k] = kinds[-1 - n]
print(len(d), [type(v).__name__ for v in d.values()][:8])
print(d[0], d[True], d[None], d[1.5], d["s"], d[(1, "t")], d[2**70])
print(d[-1], d[-2], d[2**62], d[-0.0], d[float("inf")], d[b"b"], d[frozenset({1})])
print(0 in d, False in d, 0.0 in d, 1 in d, d.get(1.0), d.get(3, "no"))

# growth through the index sizes, keys of each kind kept with their values
big = {}
for i in range(3000):
    big[i] = None if i % 5 == 0 else (i % 3 == 0) if i % 5 == 1 else i * 0.5 if i % 5 == 2 else str(i)
    big[str(i)] = i
print(len(big), big[0], big[1], big[3], big[2], big[4], big["2999"], big[2999])
for i in range(0, 3000, 2):
    del big[i]
    del big[str(i + 1)]
print(len(big), list(big.items())[:4], list(big)[-3:])
for i in range(0, 3000, 2):
    big[i] = -i
print(len(big), list(big.items())[-2:], big[1], big["2"])
copy = big.copy()
copy.update({1: "one"})
print(copy[1], big[1], copy == big, len(copy), list(copy)[:3] == list(big)[:3])

# removal to empty and regrowth; popitem order
e = {i: i for i in range(20)}
while e:
    k, v = e.popitem()
    if k % 7 == 0:
        print("popped", k, v)
e[None] = None
e[False] = 0.25
print(e, len(e))

# counts kept in place, and one past 2**63 - 1
c = {}
for w in "a b a c a b".split():
    c[w] = c.get(w, 0) + 1
print(c)
c["a"] = 2**63 - 2
c["a"] += 1
print(c["a"], type(c["a"]).__name__)
c["a"] += 1
print(c["a"], c["a"] == 2**63)
c["z"] = 1.5
c["z"] += 1
print(c["z"])

# OrderedDict: move_to_end and popitem(last=False) through holes
o = OrderedDict((i, str(i)) for i in range(12))
o.move_to_end(3)
o.move_to_end(0, last=False)
print(o.popitem(last=False), o.popitem(), list(o)[:4], list(o)[-2:])
for i in range(40):
    o[i + 100] = i
    o.popitem(last=False)
print(len(o), list(o.items())[:2])

# a changing size during iteration raises, as CPython
try:
    for k in d:
        d[object()] = 1
except RuntimeError as err:
    print(err)

# expect: 15 ['float', 'type', 'frozenset', 'int', 'tuple', 'str', 'float', 'float']
# expect: -0.0 (1, 't') s inf None True 4611686018427387904
# expect: <class 'int'> frozenset({1}) 1180591620717411303424 -0.0 1.5 False -2
# expect: True True True True (1, 't') no
# expect: 6000 None False 3 1.0 4 2999 2999
# expect: 3000 [('0', 0), (1, False), ('2', 2), (3, '3')] [2997, '2998', 2999]
# expect: 4500 [(2996, -2996), (2998, -2998)] False 2
# expect: one False False 4500 True
# expect: popped 14 14
# expect: popped 7 7
# expect: popped 0 0
# expect: {None: None, False: 0.25} 2
# expect: {'a': 3, 'b': 2, 'c': 1}
# expect: 9223372036854775807 int
# expect: 9223372036854775808 True
# expect: 2.5
# expect: (0, '0') (3, '3') [1, 2, 4, 5] [10, 11]
# expect: 10 [(130, 30), (131, 31)]
# expect: dictionary changed size during iteration
