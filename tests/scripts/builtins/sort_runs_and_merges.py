# Sorting by keys and by a script __lt__ across the merge sort's run sizes (32) and merges: stable,
# reversed stably, ordered and reversed inputs, and a comparison that raises midway (the list
# is left a permutation of its items).
import random
random.seed(5)
for n in (0, 1, 2, 31, 32, 33, 64, 65, 100, 1000, 5000):
    for kind in range(4):
        if kind == 0: data = [random.randrange(50) for _ in range(n)]
        elif kind == 1: data = list(range(n))[::-1]
        elif kind == 2: data = [(random.randrange(5), i) for i in range(n)]
        else: data = [random.random() for _ in range(n)]
        pairs = [(x, i) for i, x in enumerate(data)]
        s1 = sorted(pairs, key=lambda p: p[0])
        ok = s1 == sorted(pairs) and all(s1[i][0] <= s1[i+1][0] for i in range(len(s1)-1))
        s2 = sorted(data, key=lambda v: str(v), reverse=True)
        class W:
            def __init__(s, v): s.v = v
            def __lt__(s, o): return s.v < o.v
        s3 = [w.v for w in sorted(W(v) for v in data)]
        print(n, kind, ok, s3 == sorted(data), s2[:2], hash(tuple(s2)) == hash(tuple(sorted(data, key=lambda v: str(v), reverse=True))))
class Bad:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 77: raise ValueError("bad")
        return s.v < o.v
l = [Bad(i % 100) for i in range(300)]
try: l.sort()
except ValueError as e: print("VE", e, len(l), sorted(b.v for b in l) == sorted(i % 100 for i in range(300)))

# expect: 0 0 True True [] True
# expect: 0 1 True True [] True
# expect: 0 2 True True [] True
# expect: 0 3 True True [] True
# expect: 1 0 True True [39] True
# expect: 1 1 True True [0] True
# expect: 1 2 True True [(2, 0)] True
# expect: 1 3 True True [0.7417869892607294] True
# expect: 2 0 True True [47, 44] True
# expect: 2 1 True True [1, 0] True
# expect: 2 2 True True [(4, 0), (0, 1)] True
# expect: 2 3 True True [0.8403481205226678, 0.7759585674357169] True
# expect: 31 0 True True [8, 8] True
# expect: 31 1 True True [9, 8] True
# expect: 31 2 True True [(4, 8), (4, 26)] True
# expect: 31 3 True True [0.9750995631442353, 0.9551798995911663] True
# expect: 32 0 True True [9, 9] True
# expect: 32 1 True True [9, 8] True
# expect: 32 2 True True [(4, 28), (4, 26)] True
# expect: 32 3 True True [0.9883877004068482, 0.9598158834829645] True
# expect: 33 0 True True [9, 5] True
# expect: 33 1 True True [9, 8] True
# expect: 33 2 True True [(4, 8), (4, 7)] True
# expect: 33 3 True True [0.9679969186558055, 0.9583005037279291] True
# expect: 64 0 True True [9, 9] True
# expect: 64 1 True True [9, 8] True
# expect: 64 2 True True [(4, 8), (4, 57)] True
# expect: 64 3 True True [0.9983344778810317, 0.9786859904878185] True
# expect: 65 0 True True [9, 8] True
# expect: 65 1 True True [9, 8] True
# expect: 65 2 True True [(4, 56), (4, 41)] True
# expect: 65 3 True True [0.9896055671369068, 0.9716246887631506] True
# expect: 100 0 True True [9, 9] True
# expect: 100 1 True True [99, 98] True
# expect: 100 2 True True [(4, 99), (4, 98)] True
# expect: 100 3 True True [0.987870013288643, 0.9837982160897377] True
# expect: 1000 0 True True [9, 9] True
# expect: 1000 1 True True [999, 998] True
# expect: 1000 2 True True [(4, 998), (4, 987)] True
# expect: 1000 3 True True [0.999719821806014, 0.9981900675717444] True
# expect: 5000 0 True True [9, 9] True
# expect: 5000 1 True True [999, 998] True
# expect: 5000 2 True True [(4, 998), (4, 994)] True
# expect: 5000 3 True True [6.216129155622863e-05, 4.1794579933807086e-05] True
# expect: VE bad 300 True
