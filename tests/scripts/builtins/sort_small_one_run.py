# sorted() and list.sort() of fewer than 64 int, float or str keys sort as CPython's one run
# (count_run, then binary insertion; reverse=True reverses around a forward sort): the same
# order for ties under a key, for reverse=True, and for NaN keys, whose comparisons are no order
# (below 64 items only: past that CPython merges runs, which is not copied); lengths about the
# 64 boundary and already ordered or strictly reversed input too.
nan = float("nan")
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


for length in (0, 1, 2, 3, 5, 8, 17, 31, 63, 64, 65, 100):
    floats = [nan if rand(5) == 0 and length < 64 else float(rand(10)) for _ in range(length)]
    ints = [rand(7) - 3 for _ in range(length)]
    words = ["w%d" % rand(6) for _ in range(length)]
    pairs = list(zip(ints, range(length)))
    print(length, repr(sorted(floats))[:120], repr(sorted(floats, reverse=True))[:120])
    print(sorted(ints) == sorted(ints, key=lambda v: v), sorted(ints, reverse=True)[:10])
    print(sorted(words, reverse=True)[:8], sorted(pairs, key=lambda p: p[0])[:6])
    print(sorted(pairs, key=lambda p: p[0], reverse=True)[:6])
    print([p[1] for p in sorted(pairs, key=lambda p: -p[0] % 3)][:12])
    print([i for _, i in sorted(zip(floats, range(length)), key=lambda p: p[0])][:16])
    copy = list(floats)
    copy.sort(reverse=True)
    print(repr(copy)[:100])
print(sorted([3, 2, 1]), sorted([1, 2, 3], reverse=True), sorted([2, 2, 1, 1], reverse=True))
print(sorted([1.0, nan, 0.0]), sorted([nan, nan, 1.0, 0.0], reverse=True), sorted([-0.0, 0.0, -0.0]))
print(sorted(["b", "a", "c"], key=len), sorted([(1, "b"), (1, "a")], key=lambda p: p[0]))

# expect: 0 [] []
# expect: True []
# expect: [] []
# expect: []
# expect: []
# expect: []
# expect: []
# expect: 1 [5.0] [5.0]
# expect: True [0]
# expect: ['w5'] [(0, 0)]
# expect: [(0, 0)]
# expect: [0]
# expect: [0]
# expect: [5.0]
# expect: 2 [3.0, 9.0] [9.0, 3.0]
# expect: True [-2, -3]
# expect: ['w1', 'w0'] [(-3, 1), (-2, 0)]
# expect: [(-2, 0), (-3, 1)]
# expect: [1, 0]
# expect: [1, 0]
# expect: [9.0, 3.0]
# expect: 3 [1.0, 5.0, 7.0] [7.0, 5.0, 1.0]
# expect: True [2, 2, -3]
# expect: ['w5', 'w1', 'w0'] [(-3, 2), (2, 0), (2, 1)]
# expect: [(2, 0), (2, 1), (-3, 2)]
# expect: [2, 0, 1]
# expect: [0, 1, 2]
# expect: [7.0, 5.0, 1.0]
# expect: 5 [nan, 6.0, nan, 5.0, nan] [nan, 6.0, nan, 5.0, nan]
# expect: True [1, -1, -2, -2, -3]
# expect: ['w5', 'w5', 'w2', 'w2', 'w0'] [(-3, 3), (-2, 2), (-2, 4), (-1, 0), (1, 1)]
# expect: [(1, 1), (-1, 0), (-2, 2), (-2, 4), (-3, 3)]
# expect: [3, 0, 1, 2, 4]
# expect: [0, 1, 2, 3, 4]
# expect: [nan, 6.0, nan, 5.0, nan]
# expect: 8 [0.0, 2.0, 2.0, 2.0, 2.0, 6.0, 8.0, nan] [8.0, 6.0, 2.0, 2.0, 2.0, 2.0, 0.0, nan]
# expect: True [3, 3, 2, 2, 0, 0, -2, -3]
# expect: ['w5', 'w5', 'w4', 'w3', 'w2', 'w2', 'w1', 'w0'] [(-3, 7), (-2, 5), (0, 2), (0, 6), (2, 0), (2, 4)]
# expect: [(3, 1), (3, 3), (2, 0), (2, 4), (0, 2), (0, 6)]
# expect: [1, 2, 3, 6, 7, 0, 4, 5]
# expect: [3, 1, 2, 5, 6, 0, 4, 7]
# expect: [8.0, 6.0, 2.0, 2.0, 2.0, 2.0, 0.0, nan]
# expect: 17 [1.0, nan, 0.0, 0.0, 1.0, 1.0, 5.0, 6.0, nan, 3.0, 5.0, nan, nan, nan, nan, nan, 2.0] [nan, 6.0, nan, 5.0, 3.0, 1.0, 1.0, 0.0, 0.0, nan, nan, 5.0, 1.0, nan, nan, nan, 2.0]
# expect: True [2, 2, 1, 0, 0, 0, 0, 0, -1, -1]
# expect: ['w5', 'w5', 'w5', 'w5', 'w5', 'w4', 'w4', 'w4'] [(-3, 0), (-3, 3), (-3, 8), (-3, 9), (-2, 6), (-2, 12)]
# expect: [(2, 1), (2, 11), (1, 5), (0, 2), (0, 7), (0, 13)]
# expect: [0, 2, 3, 7, 8, 9, 13, 15, 16, 1, 4, 10]
# expect: [0, 1, 2, 4, 8, 11, 12, 3, 5, 7, 6, 9, 10, 13, 14, 15]
# expect: [nan, 6.0, nan, 5.0, 3.0, 1.0, 1.0, 0.0, 0.0, nan, nan, 5.0, 1.0, nan, nan, nan, 2.0]
# expect: 31 [0.0, nan, nan, nan, nan, 0.0, 0.0, nan, 0.0, 0.0, 1.0, 2.0, 3.0, 4.0, 4.0, 4.0, 4.0, 4.0, 5.0, 5.0, 6.0, 6.0, 9.0, nan, [nan, nan, nan, nan, nan, 9.0, nan, nan, nan, 8.0, 6.0, 6.0, 6.0, 6.0, 5.0, 5.0, 4.0, 4.0, 4.0, 4.0, 4.0, 3.0, 2.0, 1.0,
# expect: True [3, 3, 3, 3, 2, 2, 2, 2, 1, 1]
# expect: ['w5', 'w5', 'w5', 'w5', 'w4', 'w4', 'w4', 'w4'] [(-3, 6), (-3, 13), (-3, 17), (-3, 20), (-2, 0), (-2, 4)]
# expect: [(3, 15), (3, 24), (3, 25), (3, 29), (2, 1), (2, 10)]
# expect: [6, 13, 15, 17, 18, 20, 21, 24, 25, 29, 30, 1]
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 17, 25, 9, 18, 13, 19, 20, 23]
# expect: [nan, nan, nan, nan, nan, 9.0, nan, nan, nan, 8.0, 6.0, 6.0, 6.0, 6.0, 5.0, 5.0, 4.0, 4.0, 4.0, 4.0,
# expect: 63 [6.0, nan, 0.0, 0.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 3.0, 4.0, 4.0, 5.0, 5.0, 6.0, 6.0, 6.0, 6.0, 6.0, [nan, 9.0, 9.0, 9.0, 9.0, nan, nan, 9.0, 9.0, nan, nan, 9.0, 9.0, 8.0, 8.0, 7.0, 7.0, 7.0, nan, nan, nan, 8.0, 8.0, 7.0,
# expect: True [3, 3, 3, 3, 3, 3, 2, 2, 2, 2]
# expect: ['w5', 'w5', 'w5', 'w5', 'w5', 'w5', 'w5', 'w5'] [(-3, 1), (-3, 12), (-3, 14), (-3, 41), (-3, 43), (-3, 48)]
# expect: [(3, 3), (3, 6), (3, 7), (3, 22), (3, 38), (3, 53)]
# expect: [1, 3, 6, 7, 8, 12, 13, 14, 17, 18, 22, 25]
# expect: [0, 1, 12, 46, 14, 29, 36, 45, 50, 51, 59, 22, 24, 25, 28, 58]
# expect: [nan, 9.0, 9.0, 9.0, 9.0, nan, nan, 9.0, 9.0, nan, nan, 9.0, 9.0, 8.0, 8.0, 7.0, 7.0, 7.0, nan, nan,
# expect: 64 [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, [9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0,
# expect: True [3, 3, 3, 3, 3, 3, 3, 3, 3, 2]
# expect: ['w5', 'w5', 'w5', 'w5', 'w5', 'w5', 'w5', 'w5'] [(-3, 11), (-3, 12), (-3, 16), (-3, 27), (-3, 38), (-3, 54)]
# expect: [(3, 0), (3, 10), (3, 15), (3, 17), (3, 22), (3, 34)]
# expect: [0, 2, 4, 10, 11, 12, 15, 16, 17, 20, 22, 26]
# expect: [1, 2, 16, 19, 24, 32, 34, 39, 45, 46, 51, 57, 60, 0, 4, 8]
# expect: [9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0,
# expect: 65 [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, [9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0,
# expect: True [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]
# expect: ['w5', 'w5', 'w5', 'w5', 'w5', 'w5', 'w5', 'w5'] [(-3, 36), (-3, 43), (-3, 44), (-3, 47), (-3, 55), (-3, 56)]
# expect: [(3, 1), (3, 2), (3, 6), (3, 11), (3, 19), (3, 20)]
# expect: [1, 2, 5, 6, 7, 11, 13, 18, 19, 20, 24, 28]
# expect: [2, 22, 24, 38, 40, 42, 46, 51, 56, 64, 0, 8, 9, 10, 47, 48]
# expect: [9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 7.0, 7.0, 7.0,
# expect: 100 [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, [9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 7.0, 7.0, 7.0, 7.0,
# expect: True [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]
# expect: ['w5', 'w5', 'w5', 'w5', 'w5', 'w5', 'w5', 'w5'] [(-3, 15), (-3, 31), (-3, 37), (-3, 46), (-3, 56), (-3, 61)]
# expect: [(3, 7), (3, 11), (3, 14), (3, 29), (3, 35), (3, 36)]
# expect: [5, 6, 7, 11, 14, 15, 17, 18, 22, 23, 24, 26]
# expect: [2, 3, 11, 15, 23, 26, 27, 50, 53, 56, 63, 78, 86, 87, 92, 4]
# expect: [9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0,
# expect: [1, 2, 3] [3, 2, 1] [2, 2, 1, 1]
# expect: [1.0, nan, 0.0] [nan, nan, 1.0, 0.0] [-0.0, 0.0, -0.0]
# expect: ['b', 'a', 'c'] [(1, 'b'), (1, 'a')]
