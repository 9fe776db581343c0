# New keys stored by d[k] = v and dict comprehensions where their probe ended (the index has no
# dummies then): insertion order, growth, and the dummies and holes that removals leave, which
# send a new key the general way. Results are CPython 3.11's.
# args: --gil newgil
# args: --gil nogil

squares = {i: i * i for i in range(500)}
print(len(squares), list(squares)[:5], list(squares)[-3:], squares[499], sum(squares.values()))
words = {"w%d" % i: i for i in range(300)}
print(len(words), list(words)[:3], words["w299"], "w300" in words)

# Growth at each size: every key still found, in insertion order.
for n in (7, 8, 9, 10, 21, 22, 23, 85, 86, 87, 341, 342):
    d = {k * 7: k for k in range(n)}
    print(n, len(d), all(d[k * 7] == k for k in range(n)), list(d)[-2:], -7 in d)

# Removals leave dummies: new keys after them keep insertion order.
d = {i: i for i in range(40)}
for k in range(0, 40, 3):
    del d[k]
for k in range(100, 110):
    d[k] = -k
print(len(d), list(d)[:6], list(d)[-4:], d[104], 3 in d, 4 in d)
# The last key removed: no hole remains, its slot is a dummy.
e = {i: i for i in range(20)}
del e[19]
e[19] = "again"
e[1000] = "new"
print(len(e), list(e)[-3:], e[19])
e.pop(1000)
e.pop(19)
for k in (19, 1000, 2000, 3000):
    e[k] = k
print(len(e), list(e)[-5:])

# Equal keys of other types replace the value, not the key; -1 and NaN keys.
m = {k: k for k in range(12)}
m[1.0] = "float"
m[True] = "bool"
m[2.0] = "two"
print(len(m), m[1], type(list(m)[1]).__name__, m[2])
nan = float("nan")
n = {-1: "a", -2: "b", nan: "nan"}
n[-1] = "c"
print(n[-1], n[-2], len(n))
print({s: len(s) for s in ["a", "bb", "a", "ccc", "bb"]})

# A dict built while an iteration over it runs: the error, as CPython's.
g = {i: i for i in range(10)}
try:
    for k in g:
        g[k + 100] = k
except RuntimeError as error:
    print("RuntimeError", error)
print(len(g))

# expect: 500 [0, 1, 2, 3, 4] [497, 498, 499] 249001 41541750
# expect: 300 ['w0', 'w1', 'w2'] 299 False
# expect: 7 7 True [35, 42] False
# expect: 8 8 True [42, 49] False
# expect: 9 9 True [49, 56] False
# expect: 10 10 True [56, 63] False
# expect: 21 21 True [133, 140] False
# expect: 22 22 True [140, 147] False
# expect: 23 23 True [147, 154] False
# expect: 85 85 True [581, 588] False
# expect: 86 86 True [588, 595] False
# expect: 87 87 True [595, 602] False
# expect: 341 341 True [2373, 2380] False
# expect: 342 342 True [2380, 2387] False
# expect: 36 [1, 2, 4, 5, 7, 8] [106, 107, 108, 109] -104 False True
# expect: 21 [18, 19, 1000] again
# expect: 23 [18, 19, 1000, 2000, 3000]
# expect: 12 bool int two
# expect: c b 3
# expect: {'a': 1, 'bb': 2, 'ccc': 3}
# expect: RuntimeError dictionary changed size during iteration
# expect: 11
