# Integer arithmetic: + - * // % **, unary minus, precedence, underscores in literals.
print(2 + 3)  # expect: 5
print(2 - 7)  # expect: -5
print(6 * 7)  # expect: 42
print(2 + 3 * 4)  # expect: 14
print((2 + 3) * 4)  # expect: 20
print(10 - 4 - 3)  # expect: 3
print(-5)  # expect: -5
print(- -5)  # expect: 5
print(-(3 - 10))  # expect: 7
print(+4)  # expect: 4
print(1_000_000 + 1)  # expect: 1000001
print(0)  # expect: 0
print(2 ** 10)  # expect: 1024
print(2 ** 3 ** 2)  # expect: 512
print(-2 ** 2)  # expect: -4
print((-2) ** 3)  # expect: -8
print(7 ** 0)  # expect: 1
print(0 ** 0)  # expect: 1
print(3 * -2)  # expect: -6
print(100 // 7 * 7 + 100 % 7)  # expect: 100
print(1_0 * 1_0)  # expect: 100
