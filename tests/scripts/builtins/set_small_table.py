# A set of up to 8 slots keeps its table in itself; larger ones allocate it. Growth, clearing,
# `&=` (which swaps tables), removal of many keys (a table made anew at the same size), pop,
# copies and iteration across those changes, in CPython's order.
s = set()
for k in range(5):
    s.add(k * 8)  # one home slot: linear probes
print(s, len(s))
s.add(99)
print(s)
s.clear()
print(s, len(s), 0 in s)
s.update([3, 1, 2])
print(s, s.pop(), s)
t = {1, 2, 3, 4}
t &= {2, 3, 9}
print(t, 2 in t, 4 in t)
big = set(range(100))
big &= {5, 7}
print(big, len(big))
small = {5, 7}
small &= set(range(100))
print(small)
u = set(range(40))
u -= set(range(2, 40))
print(u, 0 in u, 39 in u)
u |= {100, 200, 300}
print(u)
v = {1, 2, 3}
v.difference_update({1, 2})
print(v, 1 in v, 3 in v)
w = set(range(30))
for k in range(29):
    w.discard(k)
w.add(-1)
print(w, sorted(w.copy()), frozenset(w))
x = {"a", "b", "c", "d", "e", "f"}
y = x.copy()
x.clear()
print(len(x), sorted(y), sorted(y | x), sorted(y - {"a"}), sorted(y & {"a", "z"}))
fs = frozenset(range(6))
print(fs | {100}, fs & {1, 2}, fs - {0}, fs ^ {0, 9}, type(fs | {1}).__name__)
z = {(1, 2), (3, 4)}
z2 = set(z)
z.clear()
print(z2, z, z == set(), z2 == {(3, 4), (1, 2)})
grow = set()
sizes = []
for k in range(0, 200, 7):
    grow.add(k)
    sizes.append(len(grow))
for k in range(0, 200, 14):
    grow.remove(k)
print(sorted(grow) == list(range(7, 200, 14)), sizes[-1], len(grow))
while grow:
    grow.pop()
print(grow, len(grow))
it = {1, 2, 3}
try:
    for k in it:
        it.add(k + 10)
except RuntimeError as exc:
    print("RuntimeError", exc)
a = {1, 2}
b = a
a |= a
a &= a
print(a, a is b)
a -= a
print(a)
a = {3, 4}
a ^= a
print(a)

# expect: {0, 32, 8, 16, 24} 5
# expect: {0, 32, 99, 8, 16, 24}
# expect: set() 0 False
# expect: {2, 3} 1 {2, 3}
# expect: {2, 3} True False
# expect: {5, 7} 2
# expect: {5, 7}
# expect: {0, 1} True False
# expect: {0, 1, 100, 200, 300}
# expect: {3} False True
# expect: {29, -1} [-1, 29] frozenset({29, -1})
# expect: 0 ['a', 'b', 'c', 'd', 'e', 'f'] ['a', 'b', 'c', 'd', 'e', 'f'] ['b', 'c', 'd', 'e', 'f'] ['a']
# expect: frozenset({0, 1, 2, 3, 4, 5, 100}) frozenset({1, 2}) frozenset({1, 2, 3, 4, 5}) frozenset({1, 2, 3, 4, 5, 9}) frozenset
# expect: {(1, 2), (3, 4)} set() True True
# expect: True 29 14
# expect: set() 0
# expect: RuntimeError Set changed size during iteration
# expect: {1, 2} True
# expect: set()
# expect: set()
