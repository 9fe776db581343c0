# pow(base, exp, mod) of three ints that fit 64 bits, exp >= 0 (square and multiply in 128-bit
# products): signs of the base and the modulus, exp 0, moduli of 1 and -1, values near 2**63
# and -2**63, and beside them the cases that take the general way: negative exponents (the
# inverse), big ints, bools, a zero modulus, floats.
M = 2**63 - 1
N = -2**63
cases = [(2, 10, 1000), (-2, 3, 7), (2, 3, -7), (-2, 3, -7), (-7, 2, 5), (7, 0, 5), (0, 0, 5),
         (0, 5, 3), (5, 3, 1), (5, 3, -1), (5, 0, 1), (5, 0, -1), (M, M, M - 2), (M, 2, N),
         (N, 3, M), (N, N + 1 if False else 5, N), (M - 1, 12345, 2**62 + 3), (-M, 7, 2**31 + 11),
         (3, 2**62, 2**61 - 1), (123456789, 987654321, -(2**40) - 17), (N, 1, 3), (N, 2, -3)]
for b, e, m in cases:
    print(b, e, m, pow(b, e, m), pow(b, e, m) == (b ** e) % m if e < 200 else pow(b, e, m) % 1)
print(pow(3, -1, 7), pow(-3, -2, 11), pow(2**70, 3, 1000), pow(3, 2**70, 1000), pow(3, 5, 2**70))
print(pow(True, 5, 3), pow(5, True, 3), pow(5, 2, True), pow(2, 10, mod=1000), pow(2, 10, None))
total = 0
for i in range(1, 3000):
    total += pow(i, i, 1009) + pow(-i, 3, i + 2) + pow(i, 2, -97)
print(total)
for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0), ("2", 3, 5), (0, -1, 5)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)

# expect: 2 10 1000 24 True
# expect: -2 3 7 6 True
# expect: 2 3 -7 -6 True
# expect: -2 3 -7 -1 True
# expect: -7 2 5 4 True
# expect: 7 0 5 1 True
# expect: 0 0 5 1 True
# expect: 0 5 3 0 True
# expect: 5 3 1 0 True
# expect: 5 3 -1 0 True
# expect: 5 0 1 0 True
# expect: 5 0 -1 0 True
# expect: 9223372036854775807 9223372036854775807 9223372036854775805 2620771182203436563 0
# expect: 9223372036854775807 2 -9223372036854775808 -9223372036854775807 True
# expect: -9223372036854775808 3 9223372036854775807 9223372036854775806 True
# expect: -9223372036854775808 5 -9223372036854775808 0 True
# expect: 9223372036854775806 12345 4611686018427387907 3977644281952282458 0
# expect: -9223372036854775807 7 2147483659 1231968611 True
# expect: 3 4611686018427387904 2305843009213693951 81 0
# expect: 123456789 987654321 -1099511627793 -287423644905 0
# expect: -9223372036854775808 1 3 1 True
# expect: -9223372036854775808 2 -3 -2 True
# expect: 5 5 24 481 243
# expect: 1 2 0 24 1024
# expect: 1389665
# expect: ValueError pow() 3rd argument cannot be 0
# expect: ValueError base is not invertible for the given modulus
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
# expect: TypeError unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'
# expect: ValueError base is not invertible for the given modulus
