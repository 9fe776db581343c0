# format() and the format mini-language: fill, align, sign, z, #, 0, width, grouping,
# precision and type, for int, bool, float and str.
print(format(42))  # expect: 42
print(format(42, "5"))  # expect:    42
print(format(42, "<5") + "|")  # expect: 42   |
print(format(42, "^6") + "|")  # expect:   42  |
print(format(42, "*>6"))  # expect: ****42
print(format(-42, "=8"))  # expect: -     42
print(format(-42, "08"))  # expect: -0000042
print(format(42, "+"), format(42, " "), format(-42, "-"))  # expect: +42  42 -42
print(format(1234567, ","), format(1234567, "_"), format(-1234567, ",d"))  # expect: 1,234,567 1_234_567 -1,234,567
print(format(123, "010,"), format(123, "09,"))  # expect: 00,000,123 0,000,123
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#o"), format(5, "#b"), format(5, "b"))
# expect: ff FF 0xff 0o377 0b101 101
print(format(0xDEADBEEF, "_x"), format(255, "08b"), format(-255, "#010x"))
# expect: dead_beef 11111111 -0x00000ff
print(format(97, "c"), format(9731, "c"))  # expect: a ☃
print(format(5, "n"), format(True, "d"), format(True, ""), format(False, "5"))  # expect: 5 1 True     0
print(format(3.14159, ".2f"), format(3.14159, "10.4f") + "|", format(-3.14159, "+.1f"))  # expect: 3.14     3.1416| -3.1
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))  # expect: 2 4 0.12
print(format(1234.5678, ",.2f"), format(1234.5678, "_.1f"), format(1e6, ",.0f"))  # expect: 1,234.57 1_234.6 1,000,000
print(format(12345.678, "e"), format(12345.678, ".2E"), format(1.0, "#.0e"))
# expect: 1.234568e+04 1.23E+04 1.e+00
print(format(1234.5, "g"), format(0.0001, "g"), format(1e-5, "g"), format(123456789.0, "g"), format(1.0, "#g"))
# expect: 1234.5 0.0001 1e-05 1.23457e+08 1.00000
print(format(100.0, "g"), format(1e22, "g"), format(1e-4, ".2g"))  # expect: 100 1e+22 0.0001
print(format(0.5, "%"), format(1 / 3, ".2%"), format(0.0, ".1%"))  # expect: 50.000000% 33.33% 0.0%
print(format(1.0, ".3"), format(1234.5, ".3"), format(1e16, ".3"))  # expect: 1.0 1.23e+03 1e+16
print(format(1.5), format(1e16), format(1e-5), format(100.0), format(123456789012345678.0))
# expect: 1.5 1e+16 1e-05 100.0 1.2345678901234568e+17
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "08.2f"), format(float("inf"), "F"))
# expect: inf -inf 00000nan INF
print(format(-0.0, ".1f"), format(-0.0, "z.1f"), format(-0.00001, "z.2f"))  # expect: -0.0 0.0 0.00
print(format(5, ".2f"), format(5, "e"), format(10, "%"))  # expect: 5.00 5.000000e+00 1000.000000%
print(format("abc", "5") + "|", format("abc", ">5"), format("abc", "^7") + "|", format("abc", ".2"))
# expect: abc  |   abc   abc  | ab
print(format("abc", "x^9"), format("abc", "s"), format("abc", ""))  # expect: xxxabcxxx abc abc
print(format("naïve", "*>7"), format("✓", "-^5"))  # expect: **naïve --✓--
print(format(None), format([1, 2]), format((1,)))  # expect: None [1, 2] (1,)
print(format(2 ** 70, ","), format(-2 ** 70, "_d"), format(2 ** 70, "x"), format(2 ** 64, "#b"))
# expect: 1,180,591,620,717,411,303,424 -1_180_591_620_717_411_303_424 400000000000000000 0b10000000000000000000000000000000000000000000000000000000000000000
print(format(2 ** 70, "e"), format(2 ** 70, ".1f"), format(2 ** 70, ">30"))
# expect: 1.180592e+21 1180591620717411303424.0         1180591620717411303424
