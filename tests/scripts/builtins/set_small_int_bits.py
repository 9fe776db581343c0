# Sets answer `in`, add() and discard() of small ints (-64..63) from bits they keep beside the
# table: every change to the set must keep those bits right, and a key that may equal an int by
# its own __eq__ must turn them off.


def check(label, s, keys):
    print(label, sorted(k for k in keys if k in s), len(s))


# Queens-like add and remove cycles leave dummies everywhere: membership stays exact.
cols, diag = set(), set()
hits = 0
for rnd in range(40):
    for c in range(-70, 70, 3):
        k = (c * 7 + rnd) % 140 - 70
        if k in cols:
            cols.remove(k)
            diag.discard(-k)
        else:
            cols.add(k)
            diag.add(-k)
    hits += sum(1 for k in range(-80, 80) if k in cols) + sum(1 for k in range(-80, 80) if k in diag)
print(hits, len(cols), len(diag), sorted(cols)[:5], list(cols)[:8])
print(all((k in cols) == (-k in diag) for k in range(-90, 90)))

# The edges of the range: -64 and 63 kept, -65 and 64 probed.
s = {-65, -64, 63, 64}
check("edges", s, range(-70, 70))
s.remove(-64)
s.discard(64)
check("edges after", s, range(-70, 70))

# 1, 1.0 and True are one key; -0.0 and 0 too; the first one added stays.
s = {1.0}
print(1 in s, True in s, 1.0 in s, 2 in s, s)
s.add(1)
s.add(True)
print(s)
s.discard(True)
print(s, 1 in s, 1.0 in s)
s = {True, 0.0, 5}
print(1 in s, 0 in s, -0.0 in s, False in s, 5.0 in s, s)
s.remove(1)
s.remove(-0.0)
print(s, 1 in s, 0 in s)
s = {2.5, 3}
print(2 in s, 3 in s, 2.5 in s, 3.0 in s)

# -1 and -2 share a hash: each is found past the other, and one's removal leaves the other.
s = {-1, -2}
print(-1 in s, -2 in s, -3 in s)
s.remove(-2)
print(-1 in s, -2 in s, s)
s.add(-2)
s.remove(-1)
print(-1 in s, -2 in s, s)
# Ints beyond the bits whose hashes meet the small ones' (2**61 - 1 is hashed to 0).
big = 2**61 - 1
s = {5, 0, -3}
print(big + 5 in s, big in s, 5 in s, 0 in s, -big - 3 in s)
s.add(big + 5)
s.remove(5)
print(big + 5 in s, 5 in s, sorted(s))
s = {1000, 2000}
print(big + 1000 in s, 1000 in s)
s.add(big + 1000)
s.discard(1000)
print(big + 1000 in s, 1000 in s, len(s))


# A key of a class whose __eq__ takes ints: the bits no longer answer, the probe calls __eq__.
class Three:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        print("eq", other)
        return other == 3

    def __repr__(self):
        return "Three()"


s = {Three(), 4}
print(3 in s, 4 in s, 5 in s)
s.add(3)  # equal to Three(): not added
print(len(s), s)
s.discard(3)  # removes Three()
print(len(s), s, 3 in s)
s.clear()
s.add(3)
print(3 in s, 2 in s, s)
f = frozenset([Three()])
print(3 in f)

# Tables made otherwise: copies, operators, in-place operators, pop, clear.
a = set(range(-10, 10))
b = {x for x in range(0, 40, 2)}
for label, made in [("or", a | b), ("and", a & b), ("sub", a - b), ("xor", a ^ b),
                    ("copy", a.copy()), ("frozen", frozenset(a)), ("set", set(a)),
                    ("union", a.union(b, [63, -64])), ("inter", a.intersection(b, range(6)))]:
    check(label, made, range(-70, 70))
c = set(a)
c &= b
check("iand", c, range(-70, 70))
c |= {-5, 62}
check("ior", c, range(-70, 70))
c -= {0, 2, 100}
check("isub", c, range(-70, 70))
c ^= {4, 5, -5}
check("ixor", c, range(-70, 70))
c.difference_update(range(6, 10))
c.intersection_update(range(-10, 30))
check("updates", c, range(-70, 70))
d = set()
d.update(c)
d.symmetric_difference_update({1, 6})
check("update", d, range(-70, 70))
e = {7, 8, 9}
while e:
    k = e.pop()
    print("pop", k, k in e, len(e))
e.add(9)
print(9 in e, 7 in e)
c.clear()
print(6 in c, 12 in c, len(c))

# The bits change with the set while it is iterated: the error is CPython's.
s = {1, 2, 3}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
print(11 in s, 12 in s, 13 in s)
try:
    s.remove(40)
except KeyError as err:
    print("KeyError:", err)

# expect: 5636 20 20 [-58, -57, -37, -36, -16] [3, 4, 21, 22, 23, 24, 25, 1]
# expect: True
# expect: edges [-65, -64, 63, 64] 4
# expect: edges after [-65, 63] 2
# expect: True True True False {1.0}
# expect: {1.0}
# expect: set() False False
# expect: True True True True True {0.0, True, 5}
# expect: {5} False False
# expect: False True True True
# expect: True True False
# expect: True False {-1}
# expect: False True {-2}
# expect: False False True True False
# expect: True False [-3, 0, 2305843009213693956]
# expect: False True
# expect: True False 2
# expect: eq 3
# expect: True True False
# expect: eq 3
# expect: 2 {Three(), 4}
# expect: eq 3
# expect: 1 {4} False
# expect: True False {3}
# expect: eq 3
# expect: True
# expect: or [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38] 35
# expect: and [0, 2, 4, 6, 8] 5
# expect: sub [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 1, 3, 5, 7, 9] 15
# expect: xor [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 1, 3, 5, 7, 9, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38] 30
# expect: copy [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9] 20
# expect: frozen [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9] 20
# expect: set [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9] 20
# expect: union [-64, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 63] 37
# expect: inter [0, 2, 4] 3
# expect: iand [0, 2, 4, 6, 8] 5
# expect: ior [-5, 0, 2, 4, 6, 8, 62] 7
# expect: isub [-5, 4, 6, 8, 62] 5
# expect: ixor [5, 6, 8, 62] 4
# expect: updates [5] 1
# expect: update [1, 5, 6] 3
# expect: pop 8 False 2
# expect: pop 9 False 1
# expect: pop 7 False 0
# expect: True False
# expect: False False 0
# expect: RuntimeError: Set changed size during iteration
# expect: True False False
# expect: KeyError: 40
