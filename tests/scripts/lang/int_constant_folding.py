# Operators on two int constants folded into one, as CPython's AST optimizer folds them, with the
# results CPython computes at run time (floor division and modulo of negatives, shifts, powers);
# what cannot fold (a zero divisor, a negative shift or exponent, a float, past 127 bits) as before.
print(60 * 60 * 24, 1 << 20, 2 ** 32, 10 ** 9 + 7, 2 ** 62 + (2 ** 62 - 1), -2 ** 2, (-2) ** 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 // 5, 0 % -5)
print(-9223372036854775807 - 1, (-9223372036854775807 - 1) // -1, (-9223372036854775807 - 1) % -1)
print(9223372036854775807 + 1, 2 ** 63, 2 ** 64, 3 ** 40, 3 ** 39, 1 << 62, 1 << 63, 1 << 64)
print(-1 << 63, -1 << 64, 5 << 0, -5 >> 1, -5 >> 100, 5 >> 64, 1 ** 10 ** 9 if False else 1 ** 1000)
print((-1) ** 1001, (-1) ** 1000, 0 ** 0, 0 ** 5, 7 ** 0, 2 ** 62, (-2) ** 63, (-2) ** 64)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 3, -6 | 3, -6 ^ 3, 10 - 20, 3 * -4, 4611686018427387904 * 2)
print(1 / 2, 7 / 7, 2 ** -1, 10 ** -2, 1.5 * 2, 2 * 3.0)

def errors():
    for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 << -1, lambda: 1 >> -1, lambda: 0 ** -1):
        try:
            f()
        except (ZeroDivisionError, ValueError) as e:
            print(type(e).__name__, e)


errors()
KB = 1 << 10
total = 0
for i in range(1000):
    total += (i * 2 ** 20 + 60 * 60) % (10 ** 9 + 7) + KB
print(total, type(2 ** 10).__name__, 2 ** 10 == 1024, 1 << 3 == 8)
x = 5
print(x + 2 * 3, (x + 2) * 3, x * 2 ** 3, 2 ** 3 ** 2, (2 ** 3) ** 2, -(3 - 5), ~(1 + 1))
print(2 ** 64, 2 ** 64 - 1, 1 << 100, 2 ** 127 - 1, 2 ** 127, 2 ** 128, (2 ** 64) * 3, -(2 ** 64))
print(2 ** 64 // 3, 2 ** 64 % 1000, 0xFFFFFFFFFFFFFFFF & 0xFF, 0xFFFFFFFFFFFFFFFFFFFF + 1, 10 ** 30 % 7)
print(-2 ** 64, 1 - 2 ** 64, -(2 ** 63) - 1, 2 ** 100 >> 90, (1 << 126) + (1 << 126) - 1, 3 ** 80)
print(type(2 ** 64).__name__, 2 ** 64 == 18446744073709551616, hash(2 ** 64) == hash(18446744073709551616))
mask = 2 ** 64 - 1
h = 0
for c in b"constant folding":
    h = ((h * 31) + c) & mask
print(h, h % (2 ** 61 - 1))

# expect: 86400 1048576 4294967296 1000000007 9223372036854775807 -4 -8
# expect: 3 -4 -4 3 1 2 -2 -1 0 0
# expect: -9223372036854775808 9223372036854775808 0
# expect: 9223372036854775808 9223372036854775808 18446744073709551616 12157665459056928801 4052555153018976267 4611686018427387904 9223372036854775808 18446744073709551616
# expect: -9223372036854775808 -18446744073709551616 5 -3 -1 0 1
# expect: -1 1 1 0 1 4611686018427387904 -9223372036854775808 18446744073709551616
# expect: 2 7 5 2 -5 -7 -10 -12 9223372036854775808
# expect: 0.5 1.0 0.5 0.01 3.0 6.0
# expect: ZeroDivisionError integer division or modulo by zero
# expect: ZeroDivisionError integer modulo by zero
# expect: ValueError negative shift count
# expect: ValueError negative shift count
# expect: ZeroDivisionError 0.0 cannot be raised to a negative power
# expect: 477768335678 int True True
# expect: 11 21 40 512 64 2 -3
# expect: 18446744073709551616 18446744073709551615 1267650600228229401496703205376 170141183460469231731687303715884105727 170141183460469231731687303715884105728 340282366920938463463374607431768211456 55340232221128654848 -18446744073709551616
# expect: 6148914691236517205 616 255 1208925819614629174706176 1
# expect: -18446744073709551616 -18446744073709551615 -9223372036854775809 1024 170141183460469231731687303715884105727 147808829414345923316083210206383297601
# expect: int True True
# expect: 15502909250360318917 1667851195078155211
