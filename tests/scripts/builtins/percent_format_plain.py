# str % args whose fields are all bare %s of strs or ints and %d (%i, %u) of ints, measured
# first and written in place; anything else (and every error) by the general formatter.
s, n, e = "héllo", -42, "日本"
print("%s: %s" % ("a", "b"), "%s=%d" % (s, n), "%s" % s, "%d" % 7, "%i|%u" % (1, 2))
print("%s%s" % (0, -0), "%s" % (10**20,), "%d" % (-2**63,), "%s" % (2**63 - 1,), "%s" % (2**64,))
print(len("%s=%d" % (s, n)), len("x%sy" % e), ("x%sy" % e)[1], repr("%s" % ""), "%s%s" % ("", ""))
print("a%%b" % (), "%s %%" % 1, "[%s]" % True, "%d" % True, "%s" % 2.5, "%s" % None)
print("abc" % (), "abc" % {}, "%s" % [1], "%s" % (1,), "%s|%s" % ([1], (2,)))
print("%s %s %s %s %s %s %s %s" % tuple(range(8)), "%s %s %s %s %s %s %s %s %s" % tuple(range(9)))
print("%s-%s" % (e, e), len("%s-%s" % (e, e)), "%s日%d" % ("é", 5), len("%s日%d" % ("é", 5)))
print("%5s|%-3d|%03d" % ("ab", 4, 7), "%(a)s" % {"a": 1}, "%r" % "x", "%x" % 255, "%.2f" % 1.5)
print("%s" % "%s", "%s%%s" % "x", "%%%s%%" % "y", "%c%s" % ("a", "b"))
for f, a in [("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("%", (1,)), ("%s %", (1,)),
             ("%d", "x"), ("%s %d", ("a", "b")), ("%z", 1), ("abc", "x"), ("%s", ()),
             ("%d", 2.5), ("%d", []), ("%s %s", "ab")]:
    try:
        print(repr(f % a))
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
class Fmt:
    def __str__(self):
        return "<fmt>"
    def __rmod__(self, other):
        return "rmod"
print("%s" % Fmt(), "%s|%s" % (Fmt(), 1), "x" % Fmt() if False else "skip")
for i in range(3):
    print("%s:%d" % ("row", i), "%d%d" % (i, i * 10))

# expect: a: b héllo=-42 héllo 7 1|2
# expect: 00 100000000000000000000 -9223372036854775808 9223372036854775807 18446744073709551616
# expect: 9 4 日 '' 
# expect: a%b 1 % [True] 1 2.5 None
# expect: abc abc [1] 1 [1]|(2,)
# expect: 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 8
# expect: 日本-日本 5 é日5 3
# expect:    ab|4  |007 1 'x' ff 1.50
# expect: %s x%s %y% ab
# expect: TypeError not enough arguments for format string
# expect: TypeError not all arguments converted during string formatting
# expect: TypeError not all arguments converted during string formatting
# expect: ValueError incomplete format
# expect: ValueError incomplete format
# expect: TypeError %d format: a real number is required, not str
# expect: TypeError %d format: a real number is required, not str
# expect: ValueError unsupported format character 'z' (0x7a) at index 1
# expect: TypeError not all arguments converted during string formatting
# expect: TypeError not enough arguments for format string
# expect: '2'
# expect: TypeError %d format: a real number is required, not list
# expect: TypeError not enough arguments for format string
# expect: <fmt> <fmt>|1 skip
# expect: row:0 00
# expect: row:1 110
# expect: row:2 220
