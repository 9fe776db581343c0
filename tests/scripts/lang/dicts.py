# Dicts: display, item get/set, in, len, iteration in insertion order, keys/values/items.
d = {"a": 1, "b": 2}
print(d)  # expect: {'a': 1, 'b': 2}
print(d["a"], len(d))  # expect: 1 2
d["c"] = 3
d["a"] = 10
print(d)  # expect: {'a': 10, 'b': 2, 'c': 3}
print("a" in d, "z" in d, "z" not in d)  # expect: True False True
for k in d:
    print(k, d[k])
# expect: a 10
# expect: b 2
# expect: c 3
for k in d.keys():
    print(k)
# expect: a
# expect: b
# expect: c
total = 0
for v in d.values():
    total += v
print(total)  # expect: 15
for k, v in d.items():
    print("%s=%d" % (k, v))
# expect: a=10
# expect: b=2
# expect: c=3
e = {}
print(e, len(e))  # expect: {} 0
e[1] = "one"
e[(1, 2)] = "pair"
e[b"k"] = "bytes key"
print(e[1], e[(1, 2)], e[b"k"])  # expect: one pair bytes key
counts = {}
for word in ["x", "y", "x", "x"]:
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts)  # expect: {'x': 3, 'y': 1}
try:
    d["missing"]
except KeyError:
    print("KeyError")  # expect: KeyError
nested = {"inner": {"n": [1, 2]}}
nested["inner"]["n"].append(3)
print(nested)  # expect: {'inner': {'n': [1, 2, 3]}}
