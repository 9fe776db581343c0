# 64-bit boundaries: results that fit stay small ints (bigint.py has what grows past them).
big = 9223372036854775807
print(big)  # expect: 9223372036854775807
print(-big - 1)  # expect: -9223372036854775808
print(big - 1 + 1)  # expect: 9223372036854775807
print(2 ** 62 + (2 ** 62 - 1))  # expect: 9223372036854775807
print(-(2 ** 62) * 2)  # expect: -9223372036854775808
print(3037000499 * 3037000499)  # expect: 9223372030926249001
print(big // 2)  # expect: 4611686018427387903
print(big % 10)  # expect: 7
print((-big - 1) // 2)  # expect: -4611686018427387904
print(20 * 19 * 18 * 17 * 16 * 15 * 14 * 13 * 12 * 11)  # expect: 670442572800
