# The interpreter's in-line arithmetic (runtime/arithmetic_fast.h) against the general path:
# every operator on ints at the 64-bit edges (results that must become big ints), zero divisors,
# negative shifts, floats with CPython's floor division and modulo (signs of zero, 1 // 0.1),
# float powers (zero and negative bases, overflow), mixed int/float operands, bools, and the same
# through augmented assignment, which shares the fast path; comparisons of ints and floats on
# both sides of 2**53. Every expectation is CPython 3.11's.


def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


M = 2**63 - 1
m = -2**63
one, zero, mone = 1, 0, -1
print(M // mone, m // mone, m // one, m % mone, M % mone, m % 7, M % -7, -7 % M)  # expect: -9223372036854775807 9223372036854775808 -9223372036854775808 0 0 6 0 9223372036854775800
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)  # expect: 3 -4 -4 3 1 2 -2 -1
print(err(lambda: one // zero), err(lambda: one % zero), err(lambda: one / zero))  # expect: ZeroDivisionError: integer division or modulo by zero ZeroDivisionError: integer modulo by zero ZeroDivisionError: division by zero
print(2**62 * 2, 3**39, 3**40, 2**63, (-2)**63, (-2)**64, 7**0, 0**0, 1**-1, 2**-2, (-2)**-3)  # expect: 9223372036854775808 4052555153018976267 12157665459056928801 9223372036854775808 -9223372036854775808 18446744073709551616 1 1 1.0 0.25 -0.125
print(err(lambda: zero ** mone), err(lambda: 0.0 ** -1), err(lambda: 0.0 ** -1.5), 0.0 ** 0, 0.0 ** 2.5)  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power ZeroDivisionError: 0.0 cannot be raised to a negative power ZeroDivisionError: 0.0 cannot be raised to a negative power 1.0 0.0
print(1 << 62, 1 << 63, -1 << 63, -1 << 64, 3 << 61, 5 << 0, err(lambda: one << mone))  # expect: 4611686018427387904 9223372036854775808 -9223372036854775808 -18446744073709551616 6917529027641081856 5 ValueError: negative shift count
print(M >> 1, m >> 63, m >> 64, -1 >> 100, 5 >> 1, -5 >> 1, err(lambda: one >> mone))  # expect: 4611686018427387903 -1 -1 -1 2 -3 ValueError: negative shift count
print(M & m, M | m, M ^ m, -6 & 13, -6 | 13, -6 ^ 13, True & True, True | False, True ^ True)  # expect: 0 -1 -1 8 -1 -9 True True False
print(2**53 / 3, (2**53 + 1) / 3, M / 3, 7 / 2, -7 / 2, 10**20 / 10**10)  # expect: 3002399751580330.5 3002399751580331.0 3.0744573456182584e+18 3.5 -3.5 10000000000.0
print(1 // 0.1, 1 % 0.1, -1 // 0.1, -1 % 0.1, 0.7 // 0.1, 5.0 % -5.0, -5.0 % 5.0, -0.0 // 1.0, 0.0 // -1.0)  # expect: 9.0 0.09999999999999995 -10.0 5.551115123125783e-17 6.0 -0.0 0.0 -0.0 -0.0
print(5.5 // 2, 5.5 % 2, -5.5 // 2, -5.5 % 2, 5.5 // -2, 5.5 % -2, 7 // 2.0, -7 % 2.5)  # expect: 2.0 1.5 -3.0 0.5 -3.0 -0.5 3.0 0.5
print(err(lambda: 1.0 // 0.0), err(lambda: 1.0 % 0), err(lambda: 1 / 0.0), err(lambda: 1.0 // zero))  # expect: ZeroDivisionError: float floor division by zero ZeroDivisionError: float modulo ZeroDivisionError: float division by zero ZeroDivisionError: float floor division by zero
print(2.0 ** 0.5, 2 ** 0.5, 9 ** 0.5, 2.0 ** 10, 2.0 ** -1, 1.5 ** 3, (-2.0) ** 3, (-2.0) ** 2, (-8.0) ** -1)  # expect: 1.4142135623730951 1.4142135623730951 3.0 1024.0 0.5 3.375 -8.0 4.0 -0.125
print(err(lambda: 10.0 ** 400), err(lambda: 2 ** 1024.0), 10.0 ** -400, 1.0 ** float("inf"), float("inf") ** 0)  # expect: OverflowError: (34, 'Numerical result out of range') OverflowError: (34, 'Numerical result out of range') 0.0 1.0 1.0
print(float("inf") ** -1, float("nan") ** 0, (-float("inf")) ** 3, 2.0 ** float("-inf"), 0.5 ** float("inf"))  # expect: 0.0 1.0 -inf 0.0 0.0
print(1 + 0.5, 0.5 + 1, 3 * 0.1, 0.1 * 3, 1 - 0.25, 2**53 + 1.0, float(2**60) - 1, True + 0.5, True * 2)  # expect: 1.5 1.5 0.30000000000000004 0.30000000000000004 0.75 9007199254740992.0 1.152921504606847e+18 1.5 2
print(-M, -m, -(-0.0), -0.0, -5, -2.5, -True, -(2**70))  # expect: -9223372036854775807 9223372036854775808 0.0 -0.0 -5 -2.5 -1 -1180591620717411303424
x = 10
x //= 3
y = -7
y %= 3
z = 2
z **= 62
w = 2
w **= 64
f = 1.0
f += 2
f *= 3
f -= 0.5
f /= 4
g = 7.5
g //= 2
h = -7.5
h %= 2
s = 1
s <<= 70
t = 12
t &= 10
t |= 1
t ^= 3
print(x, y, z, w, f, g, h, s, t)  # expect: 3 2 4611686018427387904 18446744073709551616 2.125 3.0 0.5 1180591620717411303424 10
acc = 0.0
for i in range(1, 100):
    acc += 1.0 / i
    acc -= i * 1e-3
    acc *= 1.0001
print(acc)  # expect: 0.25272845298578545
b = [1.0, 2.0, 3.0]
b[1] -= 0.5 * b[2]
b[0] /= 3
b[2] **= 2
print(b)  # expect: [0.3333333333333333, 0.5, 9.0]
l = [1, 2]
l += [3]
s2 = "ab"
s2 += "cd"
s2 *= 2
print(l, s2)  # expect: [1, 2, 3] abcdabcd
vals = [0, 1, -1, 2**53, 2**53 + 1, -2**53 - 1, 2**63 - 1, 0.5, 1.0, -0.0, 9007199254740993.0, float("nan"), float("inf"), 2**70, True]
print(";".join(str(a) + ":" + "".join("%d%d%d%d%d%d" % (a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals) for a in vals))  # expect: 0:011001110100000111110100110100000111110100110100110100011001110100000100110100110100110100;1:000111011001000111110100110100000111110100000111011001000111110100000100110100110100011001;-1:110100110100011001110100110100000111110100110100110100110100110100000100110100110100110100;9007199254740992:000111000111000111011001110100000111110100000111000111000111011001000100110100110100000111;9007199254740993:000111000111000111000111011001000111110100000111000111000111000111000100110100110100000111;-9007199254740993:110100110100110100110100110100011001110100110100110100110100110100000100110100110100110100;9223372036854775807:000111000111000111000111000111000111011001000111000111000111000111000100110100110100000111;0.5:000111110100000111110100110100000111110100011001110100000111110100000100110100110100110100;1.0:000111011001000111110100110100000111110100000111011001000111110100000100110100110100011001;-0.0:011001110100000111110100110100000111110100110100110100011001110100000100110100110100110100;9007199254740992.0:000111000111000111011001110100000111110100000111000111000111011001000100110100110100000111;nan:000100000100000100000100000100000100000100000100000100000100000100000100000100000100000100;inf:000111000111000111000111000111000111000111000111000111000111000111000100011001000111000111;1180591620717411303424:000111000111000111000111000111000111000111000111000111000111000111000100110100011001000111;True:000111011001000111110100110100000111110100000111011001000111110100000100110100110100011001
print([[b for b in vals if a < b][:2] for a in vals])  # expect: [[1, 9007199254740992], [9007199254740992, 9007199254740993], [0, 1], [9007199254740993, 9223372036854775807], [9223372036854775807, inf], [0, 1], [inf, 1180591620717411303424], [1, 9007199254740992], [9007199254740992, 9007199254740993], [1, 9007199254740992], [9007199254740993, 9223372036854775807], [], [], [inf], [9007199254740992, 9007199254740993]]
