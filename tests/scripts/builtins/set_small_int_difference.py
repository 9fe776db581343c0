# Sets of small ints: difference by their bits (same order as CPython's), subset tests between
# sets first in compare_op; mixed keys (bools, integral floats, big ints, strs) the general way.
free = frozenset(range(50))
piece = frozenset([3, 9, 10, 17, 33])
edge = frozenset([3, 63])
print(sorted(free - piece) == [k for k in range(50) if k not in piece], list(free - piece)[:8])
print(list({40, 8, 24, 0, 16, -3, 63, -64} - {8, 0}), list(set(range(-64, 64, 7)) - {-1}))
print({1, 2, 3} - {True, 2.0}, {True, 2.0, 5} - {1}, {1.0, 2} - {1}, list({0, 16, 32, 48} - set()))
print({1, 2, 3} - {"a", 2}, {1, 2, 10 ** 20} - {10 ** 20}, {64, 65, 1} - {64}, {-65, 1} - {1})
print(type(free - piece).__name__, type({1} - frozenset()).__name__)
print(edge <= free, piece <= free, piece < free, free >= piece, free > piece, free <= piece, piece <= piece,
      piece < piece, {1, 2} <= {1, 2.0, 3}, {True} <= {1}, {1} >= {1.0}, {"a"} <= {"a", 1})
try:
    print({1} <= [1])
except TypeError as e:
    print("TypeError", e)
s = set(range(30))
for k in range(0, 30, 3):
    s.discard(k)
print(list(s - {1, 4}), list(s - {5}))
print(sorted({x - 100 for x in range(200)} - set(range(-64, 64))) == [x for x in range(-100, 100) if not -64 <= x < 64])

# expect: True [0, 1, 2, 4, 5, 6, 7, 8]
# expect: [-64, 40, 16, 24, -3, 63] [-64, 6, -57, 13, -50, 20, -43, 27, -36, 34, -29, 41, -22, 48, -15, 55, -8, 62]
# expect: {3} {2.0, 5} {2} [0, 16, 32, 48]
# expect: {1, 3} {1, 2} {65, 1} {-65}
# expect: frozenset set
# expect: False True True True True False True False True True True True
# expect: TypeError '<=' not supported between instances of 'set' and 'list'
# expect: [2, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29] [1, 2, 4, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29]
# expect: True
