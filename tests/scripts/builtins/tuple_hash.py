# Tuples hash as CPython 3.11's (xxHash mixing of the items' hashes), so sets of int tuples
# iterate in CPython's order; subclasses' __hash__ overrides are asked, and seen when added late.
from collections import namedtuple
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash((1, (2, 3))), hash((True, 2.0, 0)))
print(hash((2**61, 2**64 - 1)) == hash((1, 2**64 - 1)), hash((1, 2)) == hash((1.0, 2.0)))
print({(i, j) for i in range(4) for j in range(3)})
print({(i, -i, i * i) for i in range(-5, 6)})
print(sorted({((i, i), i) for i in range(5)}))
P = namedtuple("P", "x y")
print(hash(P(1, 2)) == hash((1, 2)), {P(1, 2): "a"}[(1, 2)], {(1, 2): "b"}[P(1, 2)])
d = {P(i, j): i * j for i in range(30) for j in range(30)}
print(sum(d[P(i, i)] for i in range(30)), len(d))
class Q(tuple):
    pass
q = Q((1, 2))
print(hash(q) == hash((1, 2)), q in {(1, 2)})
Q.__hash__ = lambda self: 7
print(hash(q), hash(Q((3, 4))))
del Q.__hash__
print(hash(q) == hash((1, 2)))
class R(tuple):
    __hash__ = None
try:
    hash(R((1,)))
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
# expect: 5740354900026072187 -6644214454873602895 -3550055125485641917 960947337673586213 7267574591690527098 -3194506032951434905
# expect: True True
# expect: {(0, 1), (1, 2), (2, 1), (0, 0), (3, 1), (1, 1), (2, 0), (3, 0), (0, 2), (2, 2), (1, 0), (3, 2)}
# expect: {(5, -5, 25), (-5, 5, 25), (3, -3, 9), (-1, 1, 1), (0, 0, 0), (1, -1, 1), (-2, 2, 4), (-3, 3, 9), (4, -4, 16), (2, -2, 4), (-4, 4, 16)}
# expect: [((0, 0), 0), ((1, 1), 1), ((2, 2), 2), ((3, 3), 3), ((4, 4), 4)]
# expect: True a b
# expect: 8555 900
# expect: True True
# expect: 7 7
# expect: True
# expect: TypeError: unhashable type: 'R'
# expect: TypeError: unhashable type: 'list'
