# Sorting by tuple keys: first items of one type compared in line, the rest as Python compares
# tuples; stability, reverse, mixed types, and errors as CPython's.
import random
rng = random.Random(7)
rows = [(rng.randrange(5), rng.randrange(100), "n%d" % rng.randrange(50), i) for i in range(300)]
print(sorted(rows)[:5], sorted(rows)[-3:])
print([r[3] for r in sorted(rows, key=lambda r: (r[0], r[1]))][:20])
print([r[3] for r in sorted(rows, key=lambda r: (r[0], r[1]), reverse=True)][:20])
print([r[3] for r in sorted(rows, key=lambda r: (r[2], -r[0]))][:20])
print([r[3] for r in sorted(rows, key=lambda r: (r[2], r[2]), reverse=True)][:20])
print([r[3] for r in sorted(rows, key=lambda r: (r[0] * 0.5, r[2]))][:20])
print([r[3] for r in sorted(rows, key=lambda r: (r[0],))][:20])
print(sorted([(1, 2, 3), (1, 2), (1,), (0, 9), (1, 2, 3, 0), (1, 1, 9)]))
print(sorted([(1, "b"), (1, "a"), (1, 2.5), (1, 2.0)], key=lambda t: (t[0], str(t[1]))))
print(sorted([(1, (2, 3)), (1, (2, 1)), (0, (9,)), (1, (2,))]))
print(sorted([(1, 2.5), (1, 2), (1, True), (1, -1)]))
print(sorted([("b", 1), ("a", 2), ("b", 0), ("a", 1), ("", 5)]))
print(sorted([("é", 1), ("e", 2), ("z", 0)], reverse=True))
print(sorted([(10**30, 1), (5, 2), (10**30, 0)]))
print(sorted([(True, 1), (False, 2), (True, 0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, None), (1, None)])
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, None), (2, None)]))
a = list(range(50))
print(sorted(a) == a, sorted(a, key=lambda x: (x % 3, x))[:10], sorted(a, key=lambda x: (0, -x))[:5])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K(%d)" % self.v
print(sorted([(1, K(3)), (1, K(1)), (0, K(9))]))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: (-len(w), w), reverse=True))
l = [(3, 1), (1, 2), (3, 0)]
l.sort(key=lambda t: (t[0], -t[1]))
print(l)
# expect: [(0, 3, 'n17', 92), (0, 7, 'n46', 37), (0, 9, 'n13', 70), (0, 9, 'n34', 1), (0, 10, 'n42', 197)] [(4, 86, 'n11', 182), (4, 91, 'n43', 224), (4, 96, 'n9', 215)]
# expect: [92, 37, 1, 70, 197, 4, 210, 67, 194, 226, 56, 76, 211, 256, 291, 52, 297, 64, 171, 168]
# expect: [215, 224, 182, 290, 219, 16, 240, 59, 159, 137, 32, 223, 130, 86, 232, 121, 166, 34, 293, 157]
# expect: [184, 112, 125, 268, 67, 194, 223, 261, 183, 107, 225, 84, 46, 78, 196, 65, 177, 106, 182, 178]
# expect: [51, 52, 71, 80, 126, 147, 165, 215, 219, 58, 142, 295, 7, 13, 42, 73, 160, 259, 265, 267]
# expect: [67, 194, 106, 250, 3, 70, 246, 83, 210, 92, 245, 274, 213, 158, 297, 41, 270, 104, 211, 28]
# expect: [1, 2, 3, 4, 6, 7, 18, 28, 31, 37, 41, 52, 54, 56, 60, 64, 66, 67, 69, 70]
# expect: [(0, 9), (1,), (1, 1, 9), (1, 2), (1, 2, 3), (1, 2, 3, 0)]
# expect: [(1, 2.0), (1, 2.5), (1, 'a'), (1, 'b')]
# expect: [(0, (9,)), (1, (2,)), (1, (2, 1)), (1, (2, 3))]
# expect: [(1, -1), (1, True), (1, 2), (1, 2.5)]
# expect: [('', 5), ('a', 1), ('a', 2), ('b', 0), ('b', 1)]
# expect: [('é', 1), ('z', 0), ('e', 2)]
# expect: [(5, 2), (1000000000000000000000000000000, 0), (1000000000000000000000000000000, 1)]
# expect: [(False, 2), (True, 0), (True, 1)]
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: [(1, None), (2, None)]
# expect: True [0, 3, 6, 9, 12, 15, 18, 21, 24, 27] [49, 48, 47, 46, 45]
# expect: [(0, K(9)), (1, K(1)), (1, K(3))]
# expect: ['and', 'dog', 'fox', 'the', 'the', 'lazy', 'over', 'again', 'again', 'brown', 'jumps', 'quick'] ['the', 'the', 'fox', 'dog', 'and', 'over', 'lazy', 'quick', 'jumps', 'brown', 'again', 'again']
# expect: [(1, 2), (3, 1), (3, 0)]
