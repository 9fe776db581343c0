# A tuple display of literals (ints, big ints, floats, strs, bytes, True, False, None, and such
# tuples) is a constant made once, as CPython's: the same object each time its line runs, equal
# and hashing as a built one; displays with other items are built each time.
def pairs():
    return [(1, "a", 2.5, b"x", None, True, False) for _ in range(3)]


made = pairs()
print(made[0], made[0] is made[1], made[1] is made[2], len(made[0]))
print((2**70, -1, (1, (2, ())), ()), hash((1, 2)) == hash(tuple([1, 2])))


def member(x):
    return x in (1, 2, 3), x in ("a", "b"), x not in (None, 0.5)


print([member(v) for v in (1, 4, "a", None, 0.5, True)])
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u, (1, 2) == u, [(i, (1, 2)) for i in range(2)])
n = 5
built = [(n, 1) for _ in range(2)]
print(built[0] == built[1], built[0] is built[1])
counts = {}
for key in [(1, 2), (1, 2), (2, 1)]:
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()), {("a", 1): 2}[("a", 1)], max((3, "x"), (3, "y")))
for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)
print(isinstance(5, (int, float)), isinstance("s", (int, (float, str))), divmod(7, 2) == (3, 1))

# expect: (1, 'a', 2.5, b'x', None, True, False) True True 7
# expect: (1180591620717411303424, -1, (1, (2, ())), ()) True
# expect: [(True, False, True), (False, False, True), (False, True, True), (False, False, False), (False, False, False), (True, False, True)]
# expect: (1, 2, 3) (1, 2) False True [(0, (1, 2)), (1, (1, 2))]
# expect: True False
# expect: [((1, 2), 2), ((2, 1), 1)] 2 (3, 'y')
# expect: 1 2 3
# expect: True True True
