# Removing a key leaves a hole in the dict's entries (CPython's deleted entry) until the index is
# rebuilt: order, length, iteration, popitem, equality and look-ups must not see the holes.
# args: --gil newgil
# args: --gil nogil
d = {k: k * 10 for k in range(8)}
del d[3]
d.pop(0)
print(d, len(d))
d[3] = "back"
d[0] = "zero"
print(list(d), list(d.values())[-2:])
print(d.popitem(), d.popitem(), len(d))
del d[7]
print(d.popitem(), list(d.items()))

# Many insertions and removals at a constant size: the index is rebuilt, the holes closed.
churn = {}
for i in range(2000):
    churn["k%d" % i] = i
    if i >= 5:
        del churn["k%d" % (i - 5)]
print(churn, len(churn))
print(churn == {"k1995": 1995, "k1996": 1996, "k1997": 1997, "k1998": 1998, "k1999": 1999})
for i in range(1995, 2000):
    churn.pop("k%d" % i)
print(churn, len(churn), bool(churn))
churn["again"] = 1
print(churn, "k1999" in churn, churn.get("again"))

# Iteration skips holes; a removal during iteration is an error, as in CPython.
it = {1: "a", 2: "b", 3: "c", 4: "d"}
del it[2]
for k in it:
    print(k, end=" ")
print()
for k, v in it.items():
    print(k, v, end=" ")
print()
try:
    for k in it:
        del it[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(it)

# Keys missing after removal: KeyError, get's default, `in`.
m = {"a": 1, "b": 2}
del m["a"]
try:
    del m["a"]
except KeyError as e:
    print("KeyError:", e)
try:
    m["a"]
except KeyError as e:
    print("KeyError:", e)
print(m.get("a", "gone"), "a" in m, "b" in m, m.pop("a", None))

# popitem down to empty, then clear and reuse.
p = {i: i for i in range(6)}
del p[5], p[4], p[0]
while p:
    print(p.popitem(), end=" ")
print()
try:
    p.popitem()
except KeyError as e:
    print("KeyError:", e)
p.update({"x": 1, "y": 2})
del p["x"]
p.clear()
p["z"] = 3
print(p, len(p))

# expect: {1: 10, 2: 20, 4: 40, 5: 50, 6: 60, 7: 70} 6
# expect: [1, 2, 4, 5, 6, 7, 3, 0] ['back', 'zero']
# expect: (0, 'zero') (3, 'back') 6
# expect: (6, 60) [(1, 10), (2, 20), (4, 40), (5, 50)]
# expect: {'k1995': 1995, 'k1996': 1996, 'k1997': 1997, 'k1998': 1998, 'k1999': 1999} 5
# expect: True
# expect: {} 0 False
# expect: {'again': 1} False 1
# expect: 1 3 4 
# expect: 1 a 3 c 4 d 
# expect: RuntimeError: dictionary changed size during iteration
# expect: {3: 'c', 4: 'd'}
# expect: KeyError: 'a'
# expect: KeyError: 'a'
# expect: gone False True None
# expect: (3, 3) (2, 2) (1, 1) 
# expect: KeyError: 'popitem(): dictionary is empty'
# expect: {'z': 3} 1
