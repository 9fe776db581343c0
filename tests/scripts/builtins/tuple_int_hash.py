# Tuples of ints hash as CPython's tuplehash (ints below 2**61 are their own item hashes, -1 is
# -2; larger ones reduced mod 2**61 - 1), equal to the tuples of equal floats and bools, so
# mixed keys meet in dicts and sets; a set of coordinates iterates in CPython's order.
print(hash((1, 2)), hash((-1, 0)), hash(()), hash((0,)), hash((-2, -1)))
print(hash((2 ** 60, -2 ** 60)), hash((2 ** 61, 1)), hash((2 ** 61 - 1, 5)), hash((-2 ** 61 + 1,)))
print(hash((2 ** 62, 3)) == hash((2 ** 62 % (2 ** 61 - 1), 3)))
print(hash((1, 2)) == hash((1.0, 2)) == hash((True, 2.0)), hash((1, (2, 3))) == hash((1, (2.0, 3))))
d = {(1, 2): "a", (0, -1): "b"}
print(d[(1.0, 2)], d[(True, 2)], d[(False, -1.0)], (1, 2.0) in d, (2, 1) in d)
s = {(x, y) for x in range(5) for y in range(-2, 3)}
print(list(s)[:12], (4, -2) in s, (4.0, -2) in s, (5, 0) in s)
grid = {}
for x in range(30):
    for y in range(30):
        grid[(x, y)] = x * y
print(sum(grid[(y, x)] for x in range(30) for y in range(30)), len(grid))

# Dict look-ups of tuple keys equal to the stored ones but other objects, decided in the probe
# when every item is an int or str; anything else (floats, a namedtuple, nested tuples, an
# instance's __eq__) by the general comparison, with the same answers.
from collections import namedtuple

P = namedtuple("P", "x y")


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return other == self.v or (isinstance(other, Loose) and other.v == self.v)

    def __hash__(self):
        return hash(self.v)


memo = {}
for i in range(20):
    for j in range(3):
        memo[(i, "k%d" % j)] = i * j
total = 0
for i in range(20):
    for j in range(3):
        key = (i, "k" + str(j))
        total += memo[key] + memo.get(key, 0) + ((i, "k%d" % j) in memo)
print(total, (3, "k9") in memo, memo.get((3.0, "k1")), P(3, "k1") in memo, memo[P(4, "k2")])
nested = {((1, 2), (3, 4)): "n", (1, (2, 3)): "m"}
print(nested[((1, 2), (3, 4))], nested[(1, (2.0, 3))], ((1, 2), (3, 5)) in nested)
loose = {(1, Loose(5)): "x"}
print(loose[(1, 5)], (1, Loose(5)) in loose, (1, 6) in loose)
counts = {}
for a in range(10):
    for b in range(10):
        k = (a % 3, b % 4)
        counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items())[:4], len(counts))

# expect: -3550055125485641917 2575514064802888272 5740354900026072187 -8753497827991233192 960947337673586213
# expect: -4978703478475969215 8389048192121911274 -3119722376306286570 -8753497827991233192
# expect: True
# expect: True True
# expect: a a b True False
# expect: [(4, 0), (3, -2), (3, -1), (3, 1), (0, 2), (2, 2), (1, 0), (4, 2), (3, 0), (0, -1), (0, -2), (0, 1)] True True False
# expect: 189225 900
# expect: 1200 False 3 True 8
# expect: n m False
# expect: x True False
# expect: [((0, 0), 12), ((0, 1), 12), ((0, 2), 8), ((0, 3), 8)] 12
