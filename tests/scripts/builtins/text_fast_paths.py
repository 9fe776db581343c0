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
