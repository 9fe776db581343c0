# The interpreter's inline paths (float arithmetic and comparisons, int true division, the pair
# swap `a, b = x, y` compiled without a tuple) give what the general operations give.
a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
[c, d] = [a + 0.5, b * 2.5]
print(c, d, 7 / 2, 1 / 3, 2.5 < 3.5, 1.0 == 1, 3 * 1.5, 1e308 * 10, -0.0 + 0.0, (2**53 + 1) / 1, 10**20 / 3, 0.1 + 0.2)  # expect: 2.5 2.5 3.5 0.3333333333333333 True True 4.5 inf 0.0 9007199254740992.0 3.333333333333333e+19 0.30000000000000004
x = [1, 2, 3]
i = 0
x[i], x[i + 1] = x[i + 1], x[i]
print(x)  # expect: [2, 1, 3]
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)  # expect: division by zero
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(e)  # expect: float division by zero
nan = float("nan")
print(nan < 1.0, nan == nan, nan != nan, 5 / -2, True + 0.5, 9007199254740993 / 1)  # expect: False False True -2.5 1.5 9007199254740992.0
