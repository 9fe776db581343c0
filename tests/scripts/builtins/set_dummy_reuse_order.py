# A key added to a set goes into the last removed slot (dummy) its probe passed before an empty
# slot, as CPython 3.11's set_add_entry does, so that sets iterate and print in CPython's order
# after removals and re-adds.
# args: --gil newgil
# args: --gil nogil

for removed in [(0,), (3, 5), (5, 3), (5, 35), (35, 5, 40), (1, 2, 3, 4)]:
    s = set(range(100))
    for r in removed:
        s.discard(r)
    s.add(1024)
    items = list(s)
    print(removed, items.index(1024), items[:4])

y = set(range(100))
y.difference_update(set(range(0, 100, 3)))
y |= {1000, -7, 2**40}
print(list(y)[:6], list(y)[-4:])
y.add(0)
print(list(y)[:3], list(y).index(0))

small = set(range(10))
small.remove(2)
small.remove(5)
small.add(18)
small.add(34)
print(small)

# Removals and re-adds of the same keys, as backtracking does: membership and order stay right.
cols = set()
for c in range(8):
    cols.add(c)
for c in (1, 3, 5):
    cols.remove(c)
for c in (9, 17, 25, 3):
    cols.add(c)
print(cols, 17 in cols, 1 in cols, 5 in cols, 25 in cols)
cols.discard(17)
print(cols, 17 in cols, 25 in cols)

strs = {"k%d" % i for i in range(20)}
for i in range(0, 20, 3):
    strs.discard("k%d" % i)
strs.add("new")
strs.add("k0")
print(len(strs), "new" in strs, "k0" in strs, "k3" in strs)

# Random adds, discards, -= and ^= on sets of ints of all sizes: each set's order, hashed.


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


g = lcg(7)
digests = []
for trial in range(300):
    s = set()
    n = next(g) % 200 + 1
    for step in range(n * 3):
        r = next(g)
        k = (r >> 8) % (n * 2) - n // 2
        if r % 3 == 0:
            s.discard(k)
        elif r % 7 == 0 and trial % 5 == 0:
            s -= {k, k + 1, k + 2}
        elif r % 11 == 0 and trial % 4 == 0:
            s ^= {k, k * 1000}
        else:
            s.add(k if trial % 3 else k * 2**40 + 1)
    digests.append(hash(tuple(s)) % 1000003)
print(digests[:8], sum(digests))

# expect: (0,) 0 [1024, 1, 2, 3]
# expect: (3, 5) 4 [0, 1, 2, 4]
# expect: (5, 3) 4 [0, 1, 2, 4]
# expect: (5, 35) 34 [0, 1, 2, 3]
# expect: (35, 5, 40) 38 [0, 1, 2, 3]
# expect: (1, 2, 3, 4) 1 [0, 1024, 5, 6]
# expect: [1, 2, 4, 5, 7, 8] [97, 98, 1000, -7]
# expect: [1, 2, 4] 24
# expect: {0, 1, 3, 4, 34, 6, 7, 8, 9, 18}
# expect: {0, 2, 4, 3, 6, 7, 9, 17, 25} True False False True
# expect: {0, 2, 4, 3, 6, 7, 9, 25} False True
# expect: 15 True True False
# expect: [669492, 940947, 650697, 447510, 125491, 758617, 568612, 284691] 156213345
