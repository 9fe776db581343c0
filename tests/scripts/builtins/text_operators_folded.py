# str + str, bytes + bytes and str * n made before binary_op()'s tests; the same of constants
# folded by the parser, as CPython 3.11's AST optimizer folds them (at most 4096 characters).
a, b, e = "abc", "defghijklmnopqrstuvwxyz", "é"
print(a + b, len(a + b), e + a, len(e + a + e), repr("" + ""), b"x" + b"yz", a + "" is a)
for n in [0, 1, 2, 3, -1, -100]:
    print(repr("-" * n), repr("ab" * n), repr(e * n), len(e * n), repr(b"xy" * n), repr(n * "q"))
print(len("abc" * 1000), ("abc" * 1000)[-4:], len(e * 2000), len("ab" * 2049), len("é" * 4097))
n = 3
print("-" * n * 2, True * "ab", "ab" * False, len("x" * (n * 100)))
x = "-" * 4097; y = "ab" * 2048; z = "é" * 4096; w = b"a" * 3; v = "a" * -1; u = 3 * "ab"
t = "a" + "b" + "c"; s = "a" * True; r = "x" + "y" * 2 + "z"; q = ("x" + "y") * 2
print(len(x), len(y), len(z), w, repr(v), u, t, s, r, q, "a" "b" * 2, "" * -5, 2 * b"xy")
print(("-" * 20).count("-"), "=" * 3 == "===", f"{'-' * 5}")
for op in [lambda: "a" + b"b", lambda: b"a" + "b", lambda: "a" + 1, lambda: 1 + "a",
           lambda: "a" * 2.0, lambda: "a" * "b", lambda: [] + "a", lambda: "a" + None]:
    try:
        op()
    except TypeError as err:
        print("TypeError:", err)
try:
    "a" * 10**30
except OverflowError as err:
    print("OverflowError:", err)
class Right:
    def __radd__(self, other):
        return "radd " + other
    def __rmul__(self, other):
        return "rmul " + other
print("x" + Right(), "x" * Right())
print(bytearray(b"a") + b"b", b"a" + bytearray(b"b"), bytearray(b"ab") * 2)
s = "same"
print(s + "" is s, "" + s is s, b"ab" + b"" == b"ab", len("" + "é"), ("" + "é") * 2)

# expect: abcdefghijklmnopqrstuvwxyz 26 éabc 5 '' b'xyz' True
# expect: '' '' '' 0 b'' ''
# expect: '-' 'ab' 'é' 1 b'xy' 'q'
# expect: '--' 'abab' 'éé' 2 b'xyxy' 'qq'
# expect: '---' 'ababab' 'ééé' 3 b'xyxyxy' 'qqq'
# expect: '' '' '' 0 b'' ''
# expect: '' '' '' 0 b'' ''
# expect: 3000 cabc 2000 4098 4097
# expect: ------ ab  300
# expect: 4097 4096 4096 b'aaa' '' ababab abc a xyyz xyxy abab  b'xyxy'
# expect: 20 True -----
# expect: TypeError: can only concatenate str (not "bytes") to str
# expect: TypeError: can't concat str to bytes
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: can only concatenate list (not "str") to list
# expect: TypeError: can only concatenate str (not "NoneType") to str
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: radd x rmul x
# expect: bytearray(b'ab') b'ab' bytearray(b'abab')
# expect: True True True 1 éé
