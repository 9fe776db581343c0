# range slices in 64 bits and, where a product passes 64 bits, in 128 (CPython's values).
big = 2**63 - 1
small = [range(10), range(3, 30, 4), range(30, 3, -4), range(-5, 5), range(0), range(7, 7)]
edges = [range(-big - 1, big, 3), range(-big - 1, big - 5, 7)]
forward = [slice(None, None), slice(2, None), slice(None, -2), slice(1, 8, 2), slice(-100, 100, 5),
           slice(5, 1), slice(-3, None)]
backward = [slice(None, None, -1), slice(-3, None, -2), slice(100, -100, -7), slice(1, 8, -1)]
for r in small:
    for s in forward + backward:
        print(r, s, r[s], len(r[s]), list(r[s])[:4])
for r in edges:
    for s in forward:
        print(r, s, r[s], len(r[s]))
def tree(r):
    if not r:
        return 0
    i = len(r) // 2
    return r[i] + tree(r[:i]) + tree(r[i + 1:])
print(tree(range(1000)), sum(range(1000)), tree(range(-50, 50, 3)), sum(range(-50, 50, 3)))

# expect: range(0, 10) slice(None, None, None) range(0, 10) 10 [0, 1, 2, 3]
# expect: range(0, 10) slice(2, None, None) range(2, 10) 8 [2, 3, 4, 5]
# expect: range(0, 10) slice(None, -2, None) range(0, 8) 8 [0, 1, 2, 3]
# expect: range(0, 10) slice(1, 8, 2) range(1, 8, 2) 4 [1, 3, 5, 7]
# expect: range(0, 10) slice(-100, 100, 5) range(0, 10, 5) 2 [0, 5]
# expect: range(0, 10) slice(5, 1, None) range(5, 1) 0 []
# expect: range(0, 10) slice(-3, None, None) range(7, 10) 3 [7, 8, 9]
# expect: range(0, 10) slice(None, None, -1) range(9, -1, -1) 10 [9, 8, 7, 6]
# expect: range(0, 10) slice(-3, None, -2) range(7, -1, -2) 4 [7, 5, 3, 1]
# expect: range(0, 10) slice(100, -100, -7) range(9, -1, -7) 2 [9, 2]
# expect: range(0, 10) slice(1, 8, -1) range(1, 8, -1) 0 []
# expect: range(3, 30, 4) slice(None, None, None) range(3, 31, 4) 7 [3, 7, 11, 15]
# expect: range(3, 30, 4) slice(2, None, None) range(11, 31, 4) 5 [11, 15, 19, 23]
# expect: range(3, 30, 4) slice(None, -2, None) range(3, 23, 4) 5 [3, 7, 11, 15]
# expect: range(3, 30, 4) slice(1, 8, 2) range(7, 31, 8) 3 [7, 15, 23]
# expect: range(3, 30, 4) slice(-100, 100, 5) range(3, 31, 20) 2 [3, 23]
# expect: range(3, 30, 4) slice(5, 1, None) range(23, 7, 4) 0 []
# expect: range(3, 30, 4) slice(-3, None, None) range(19, 31, 4) 3 [19, 23, 27]
# expect: range(3, 30, 4) slice(None, None, -1) range(27, -1, -4) 7 [27, 23, 19, 15]
# expect: range(3, 30, 4) slice(-3, None, -2) range(19, -1, -8) 3 [19, 11, 3]
# expect: range(3, 30, 4) slice(100, -100, -7) range(27, -1, -28) 1 [27]
# expect: range(3, 30, 4) slice(1, 8, -1) range(7, 27, -4) 0 []
# expect: range(30, 3, -4) slice(None, None, None) range(30, 2, -4) 7 [30, 26, 22, 18]
# expect: range(30, 3, -4) slice(2, None, None) range(22, 2, -4) 5 [22, 18, 14, 10]
# expect: range(30, 3, -4) slice(None, -2, None) range(30, 10, -4) 5 [30, 26, 22, 18]
# expect: range(30, 3, -4) slice(1, 8, 2) range(26, 2, -8) 3 [26, 18, 10]
# expect: range(30, 3, -4) slice(-100, 100, 5) range(30, 2, -20) 2 [30, 10]
# expect: range(30, 3, -4) slice(5, 1, None) range(10, 26, -4) 0 []
# expect: range(30, 3, -4) slice(-3, None, None) range(14, 2, -4) 3 [14, 10, 6]
# expect: range(30, 3, -4) slice(None, None, -1) range(6, 34, 4) 7 [6, 10, 14, 18]
# expect: range(30, 3, -4) slice(-3, None, -2) range(14, 34, 8) 3 [14, 22, 30]
# expect: range(30, 3, -4) slice(100, -100, -7) range(6, 34, 28) 1 [6]
# expect: range(30, 3, -4) slice(1, 8, -1) range(26, 6, 4) 0 []
# expect: range(-5, 5) slice(None, None, None) range(-5, 5) 10 [-5, -4, -3, -2]
# expect: range(-5, 5) slice(2, None, None) range(-3, 5) 8 [-3, -2, -1, 0]
# expect: range(-5, 5) slice(None, -2, None) range(-5, 3) 8 [-5, -4, -3, -2]
# expect: range(-5, 5) slice(1, 8, 2) range(-4, 3, 2) 4 [-4, -2, 0, 2]
# expect: range(-5, 5) slice(-100, 100, 5) range(-5, 5, 5) 2 [-5, 0]
# expect: range(-5, 5) slice(5, 1, None) range(0, -4) 0 []
# expect: range(-5, 5) slice(-3, None, None) range(2, 5) 3 [2, 3, 4]
# expect: range(-5, 5) slice(None, None, -1) range(4, -6, -1) 10 [4, 3, 2, 1]
# expect: range(-5, 5) slice(-3, None, -2) range(2, -6, -2) 4 [2, 0, -2, -4]
# expect: range(-5, 5) slice(100, -100, -7) range(4, -6, -7) 2 [4, -3]
# expect: range(-5, 5) slice(1, 8, -1) range(-4, 3, -1) 0 []
# expect: range(0, 0) slice(None, None, None) range(0, 0) 0 []
# expect: range(0, 0) slice(2, None, None) range(0, 0) 0 []
# expect: range(0, 0) slice(None, -2, None) range(0, 0) 0 []
# expect: range(0, 0) slice(1, 8, 2) range(0, 0, 2) 0 []
# expect: range(0, 0) slice(-100, 100, 5) range(0, 0, 5) 0 []
# expect: range(0, 0) slice(5, 1, None) range(0, 0) 0 []
# expect: range(0, 0) slice(-3, None, None) range(0, 0) 0 []
# expect: range(0, 0) slice(None, None, -1) range(-1, -1, -1) 0 []
# expect: range(0, 0) slice(-3, None, -2) range(-1, -1, -2) 0 []
# expect: range(0, 0) slice(100, -100, -7) range(-1, -1, -7) 0 []
# expect: range(0, 0) slice(1, 8, -1) range(-1, -1, -1) 0 []
# expect: range(7, 7) slice(None, None, None) range(7, 7) 0 []
# expect: range(7, 7) slice(2, None, None) range(7, 7) 0 []
# expect: range(7, 7) slice(None, -2, None) range(7, 7) 0 []
# expect: range(7, 7) slice(1, 8, 2) range(7, 7, 2) 0 []
# expect: range(7, 7) slice(-100, 100, 5) range(7, 7, 5) 0 []
# expect: range(7, 7) slice(5, 1, None) range(7, 7) 0 []
# expect: range(7, 7) slice(-3, None, None) range(7, 7) 0 []
# expect: range(7, 7) slice(None, None, -1) range(6, 6, -1) 0 []
# expect: range(7, 7) slice(-3, None, -2) range(6, 6, -2) 0 []
# expect: range(7, 7) slice(100, -100, -7) range(6, 6, -7) 0 []
# expect: range(7, 7) slice(1, 8, -1) range(6, 6, -1) 0 []
# expect: range(-9223372036854775808, 9223372036854775807, 3) slice(None, None, None) range(-9223372036854775808, 9223372036854775807, 3) 6148914691236517205
# expect: range(-9223372036854775808, 9223372036854775807, 3) slice(2, None, None) range(-9223372036854775802, 9223372036854775807, 3) 6148914691236517203
# expect: range(-9223372036854775808, 9223372036854775807, 3) slice(None, -2, None) range(-9223372036854775808, 9223372036854775801, 3) 6148914691236517203
# expect: range(-9223372036854775808, 9223372036854775807, 3) slice(1, 8, 2) range(-9223372036854775805, -9223372036854775784, 6) 4
# expect: range(-9223372036854775808, 9223372036854775807, 3) slice(-100, 100, 5) range(9223372036854775507, -9223372036854775508, 15) 0
# expect: range(-9223372036854775808, 9223372036854775807, 3) slice(5, 1, None) range(-9223372036854775793, -9223372036854775805, 3) 0
# expect: range(-9223372036854775808, 9223372036854775807, 3) slice(-3, None, None) range(9223372036854775798, 9223372036854775807, 3) 3
# expect: range(-9223372036854775808, 9223372036854775802, 7) slice(None, None, None) range(-9223372036854775808, 9223372036854775806, 7) 2635249153387078802
# expect: range(-9223372036854775808, 9223372036854775802, 7) slice(2, None, None) range(-9223372036854775794, 9223372036854775806, 7) 2635249153387078800
# expect: range(-9223372036854775808, 9223372036854775802, 7) slice(None, -2, None) range(-9223372036854775808, 9223372036854775792, 7) 2635249153387078800
# expect: range(-9223372036854775808, 9223372036854775802, 7) slice(1, 8, 2) range(-9223372036854775801, -9223372036854775752, 14) 4
# expect: range(-9223372036854775808, 9223372036854775802, 7) slice(-100, 100, 5) range(9223372036854775106, -9223372036854775108, 35) 0
# expect: range(-9223372036854775808, 9223372036854775802, 7) slice(5, 1, None) range(-9223372036854775773, -9223372036854775801, 7) 0
# expect: range(-9223372036854775808, 9223372036854775802, 7) slice(-3, None, None) range(9223372036854775785, 9223372036854775806, 7) 3
# expect: 499500 499500 -17 -17
