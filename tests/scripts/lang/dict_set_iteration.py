# `for` over a dict or a set takes the next key in line under a GIL: holes left by removals are
# skipped, a change of size is the same RuntimeError as CPython's, and the end stays the end.
# args: --gil newgil
# args: --gil nogil
d = {i: i * i for i in range(10)}
for k in [0, 3, 9]:
    del d[k]
print([k for k in d], sum(v for v in d.values()))
for k in d:
    d[k] += 1  # values may change during iteration
print(d)
it = iter(d)
print(next(it), next(it))
try:
    for k in d:
        if k == 4:
            d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError again:", e)
e = {}
for k in e:
    print("never")
one = {"x": 1}
it1 = iter(one)
print(list(it1), list(it1))

s = set()
for x in [5, 1, 9, 33, -4, 2]:
    s.add(x)
s.discard(9)
print([x for x in s])
total = 0
for x in s:
    total += x
print(total)
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(s))
fs = frozenset(["a", "b"])
print(sorted(x for x in fs))
words = {"w%d" % i for i in range(20)}
print(len([w for w in words if w in words]))
# Nested loops over one dict, and a dict emptied and refilled between loops.
n = {1: "a", 2: "b"}
print([(a, b) for a in n for b in n])
n.clear()
n[3] = "c"
for k in n:
    print(k, n[k])

# expect: [1, 2, 4, 5, 6, 7, 8] 195
# expect: {1: 2, 2: 5, 4: 17, 5: 26, 6: 37, 7: 50, 8: 65}
# expect: 1 2
# expect: RuntimeError: dictionary changed size during iteration
# expect: RuntimeError: dictionary changed size during iteration
# expect: 7
# expect: ['x'] []
# expect: [1, 33, 2, 5, -4]
# expect: 37
# expect: RuntimeError: Set changed size during iteration
# expect: RuntimeError: Set changed size during iteration
# expect: [-4, 2, 5, 33, 101]
# expect: ['a', 'b']
# expect: 20
# expect: [(1, 1), (1, 2), (2, 1), (2, 2)]
# expect: 3 c
