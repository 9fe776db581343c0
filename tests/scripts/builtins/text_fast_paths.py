# Edge cases of the text fast paths: ASCII split by table, join into one buffer, bare %s/%d
# fields, "{}" fields, contiguous slices of str and bytes.
print("a\x1cb\x1dc\x1ed\x1fe\vf\fg".split())
print(b"a\x1cb\x1fc\vd\fe f".split())
print(" a  b ".split(), "".split(), "   ".split(), " a b c ".split(None, 1))
print(" a b c ".split(maxsplit=0), "a b c".split(None, 5), " a\u00a0b\u2003c ".split())
print(b"  x y  ".split(None, 1), b"".split(), b"a,b,,c".split(b","))
w = "héllo wörld x".split()
print(w, [len(x) for x in w])
print("-".join(["a", "b", "c"]), "".join([]), "-".join(["só"]), len("é".join(["ab", "cd"])))
s = "only"
print(" ".join([s]) is s, b"-".join([b"x"]), b"".join([b"a", b"b"]), ",".join(("x", "y")))
try:
    " ".join(["a", 1])
except TypeError as e:
    print(e)
try:
    b" ".join([b"a", "b"])
except TypeError as e:
    print(e)
print("%s-%d" % ("item", 5), "%s" % 7, "%d" % True, "%s" % True, "%i|%u" % (-3, 4))
print("%s" % 1.5, "%d" % 2.75, "%s" % None, "%s%%" % 50, "%5s|%-3d|" % ("ab", 7))
r = "%s and %s" % ("é", "x")
print(r, len(r), len("%s" % "ab"), len("%d%s" % (12, "ü")))
print(b"%d-%d" % (1, 2), b"%s" % b"raw", b"n=%d" % -5)
for fmt, args in [("%s %s", ("a",)), ("%d", ("x",)), ("%s", ("a", "b")), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("{}/{}".format("a", 1), "{}{{}}{}".format(1, 2), "{:>4}|{}".format(3, "é"), len("{}".format("é")))
for fmt in ["{}{0}", "{0}{}", "{}{}"]:
    try:
        print(fmt.format("a"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{:{}}|".format("ab", 4), "{!r}{}".format("x", "y"), "{}".format(b"b"))
t = "hello world"
print(t[2:5], t[:0] == "", t[-3:], t[::2], t[5:2], "héllo"[1:3], len("héllo"[1:4]))
b = b"packet 123"
print(b[2:5], b[-64:], b[:0], b[::3], b[7:], b[2:5].decode())
print(("%d" % 12345).upper(), "ab-c".replace("-", "+"), "x{}".format(1).upper())
# expect: ['a', 'b', 'c', 'd', 'e', 'f', 'g']
# expect: [b'a\x1cb\x1fc', b'd', b'e', b'f']
# expect: ['a', 'b'] [] [] ['a', 'b c ']
# expect: ['a b c '] ['a', 'b', 'c'] ['a', 'b', 'c']
# expect: [b'x', b'y  '] [] [b'a', b'b', b'', b'c']
# expect: ['héllo', 'wörld', 'x'] [5, 5, 1]
# expect: a-b-c  só 5
# expect: True b'x' b'ab' x,y
# expect: sequence item 1: expected str instance, int found
# expect: sequence item 1: expected a bytes-like object, str found
# expect: item-5 7 1 True -3|4
# expect: 1.5 2 None 50%    ab|7  |
# expect: é and x 7 2 3
# expect: b'1-2' b'raw' b'n=-5'
# expect: TypeError not enough arguments for format string
# expect: TypeError %d format: a real number is required, not str
# expect: TypeError not all arguments converted during string formatting
# expect: ValueError incomplete format
# expect: a/1 1{}2    3|é 1
# expect: ValueError cannot switch from automatic field numbering to manual field specification
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: IndexError Replacement index 1 out of range for positional args tuple
# expect: ab  | 'x'y b'b'
# expect: llo True rld hlowrd  él 3
# expect: b'cke' b'packet 123' b'' b'pk 3' b'123' cke
# expect: 12345 ab+c X1
# Float fields: std::to_chars where printf's text is the same, printf for '#' and long ones.
for v in [0.0, -0.0, 2.5, 3.5, 2.675, 1e-7, 1e16, 5e-324, 2 / 3, float("inf"), float("-nan")]:
    print(" ".join(format(v, s) for s in [".2f", ".0f", ".3e", ".4g", ".0g", "E", "F", "G", "%", "#.0f", "#.3g", ".17g", ".120f"]))
print("{:.2f}|{:>10.3e}|{:.1%}|{:,.2f}".format(2.675, -1234.5, 0.12345, 1234567.891))
# expect: 0.00 0 0.000e+00 0 0 0.000000E+00 0.000000 0 0.000000% 0. 0.00 0 0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
# expect: -0.00 -0 -0.000e+00 -0 -0 -0.000000E+00 -0.000000 -0 -0.000000% -0. -0.00 -0 -0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
# expect: 2.50 2 2.500e+00 2.5 2 2.500000E+00 2.500000 2.5 250.000000% 2. 2.50 2.5 2.500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
# expect: 3.50 4 3.500e+00 3.5 4 3.500000E+00 3.500000 3.5 350.000000% 4. 3.50 3.5 3.500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
# expect: 2.67 3 2.675e+00 2.675 3 2.675000E+00 2.675000 2.675 267.500000% 3. 2.67 2.6749999999999998 2.674999999999999822364316059974953532218933105468750000000000000000000000000000000000000000000000000000000000000000000000
# expect: 0.00 0 1.000e-07 1e-07 1e-07 1.000000E-07 0.000000 1E-07 0.000010% 0. 1.00e-07 9.9999999999999995e-08 0.000000099999999999999995474811182588625868561393872369080781936645507812500000000000000000000000000000000000000000000000
# expect: 10000000000000000.00 10000000000000000 1.000e+16 1e+16 1e+16 1.000000E+16 10000000000000000.000000 1E+16 1000000000000000000.000000% 10000000000000000. 1.00e+16 10000000000000000 10000000000000000.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
# expect: 0.00 0 4.941e-324 4.941e-324 5e-324 4.940656E-324 0.000000 4.94066E-324 0.000000% 0. 4.94e-324 4.9406564584124654e-324 0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
# expect: 0.67 1 6.667e-01 0.6667 0.7 6.666667E-01 0.666667 0.666667 66.666667% 1. 0.667 0.66666666666666663 0.666666666666666629659232512494781985878944396972656250000000000000000000000000000000000000000000000000000000000000000000
# expect: inf inf inf inf inf INF INF INF inf% inf inf inf inf
# expect: nan nan nan nan nan NAN NAN NAN nan% nan nan nan nan
# expect: 2.67|-1.234e+03|12.3%|1,234,567.89
# Int fields with a spec, and str.format's literal text between fields.
for v in [0, 7, -42, 1234567, -9223372036854775807 - 1, 9223372036854775807, 2 ** 70, True]:
    print("{:>6d}|{:06d}|{:,}|{:+d}|{:_}|{: }|{:x}|{:=8}|{:^9}|{}".format(v, v, v, v, v, v, v, v, v, v))
print("a{{b}}c{}d{{".format(1), "{0}-{0}".format("x"), "lit only".format(), "é{}ü".format("ß"))
# expect:      0|000000|0|+0|0| 0|0|       0|    0    |0
# expect:      7|000007|7|+7|7| 7|7|       7|    7    |7
# expect:    -42|-00042|-42|-42|-42|-42|-2a|-     42|   -42   |-42
# expect: 1234567|1234567|1,234,567|+1234567|1_234_567| 1234567|12d687| 1234567| 1234567 |1234567
# expect: -9223372036854775808|-9223372036854775808|-9,223,372,036,854,775,808|-9223372036854775808|-9_223_372_036_854_775_808|-9223372036854775808|-8000000000000000|-9223372036854775808|-9223372036854775808|-9223372036854775808
# expect: 9223372036854775807|9223372036854775807|9,223,372,036,854,775,807|+9223372036854775807|9_223_372_036_854_775_807| 9223372036854775807|7fffffffffffffff|9223372036854775807|9223372036854775807|9223372036854775807
# expect: 1180591620717411303424|1180591620717411303424|1,180,591,620,717,411,303,424|+1180591620717411303424|1_180_591_620_717_411_303_424| 1180591620717411303424|400000000000000000|1180591620717411303424|1180591620717411303424|1180591620717411303424
# expect:      1|000001|1|+1|1| 1|1|       1|    1    |True
# expect: a{b}c1d{ x-x lit only éßü
