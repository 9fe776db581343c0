# The binary operators' precedence and left associativity (the parser climbs their levels: | ^ &
# << >> + - * / // %), on names and on literals (which the parser folds), next to unary minus, **
# and comparisons.
a, b, c, d = 6, 3, 5, 2
print(a | b ^ c & d, a | (b ^ (c & d)), ((a | b) ^ c) & d)
print(a ^ b & c | d, a & b | c ^ d, a | b & c ^ d)
print(a << b + c, a + b << c, a >> d - 1, a - d >> 1)
print(a - b - c - d, a - (b - c - d), a // b // d, a % c % d)
print(a * b // d % c, a * (b // d) % c, a + b * c - d, a - b * c + d)
print(a * b + c * d, a * b - c // d, a / b * c, a / (b * c))
print(-a ** 2 + b, -a * -b - -c, ~a & b | c, ~(a & b) | c)
print(a + b < c * d, a | b == b | a, a & b < c < a | b, a ^ b in (a ^ b, 0))
print(6 | 3 ^ 5 & 2, 6 ^ 3 & 5 | 2, 6 << 3 + 5, 6 + 3 << 5, 6 - 3 - 5 - 2, 6 // 3 // 2)
print(2 * 3 // 2 % 5, 2 + 3 * 5 - 2, 7 % 4 * 3, 1 << 2 << 3, 256 >> 2 >> 1, 2 ** 3 ** 2 - 1)
print(10 - 2 ** 3 * 2 + 1, -2 ** 2 * 3, 3 * -2 ** 2, 5 & 3 + 4 * 2 | 1)
print(a if a | b > c else b, [a + b * c for a in range(3)], (lambda x: x * b + c)(a))

# expect: 7 7 2
# expect: 7 7 7
# expect: 1536 288 3 2
# expect: -4 10 1 1
# expect: 4 1 19 -7
# expect: 28 16 10.0 0.4
# expect: -33 23 5 -3
# expect: True True True True
# expect: 7 7 1536 288 -4 1
# expect: 3 15 9 32 32 511
# expect: -5 -12 -12 1
# expect: 6 [15, 16, 17] 23
