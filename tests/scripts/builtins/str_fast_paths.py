# str methods on their fast paths (ASCII text, one-character pieces, no keyword arguments) and
# the general ones (non-ASCII text, keywords, start/end windows), checked against CPython 3.11.
a = "  alpha beta\tgamma\n delta  "
u = " \u00e9t\u00e9\u3000caf\u00e9\u2003na\u00efve\x1c x "
print(a.split())
# expect: ['alpha', 'beta', 'gamma', 'delta']
print(u.split(), [len(w) for w in u.split()])
# expect: ['été', 'café', 'naïve', 'x'] [3, 4, 5, 1]
print(a.split(None, 1), a.split(maxsplit=2), a.rsplit(None, 1), a.rsplit(maxsplit=2))
# expect: ['alpha', 'beta\tgamma\n delta  '] ['alpha', 'beta', 'gamma\n delta  '] ['  alpha beta\tgamma', 'delta'] ['  alpha beta', 'gamma', 'delta']
print([len(w) for w in u.rsplit(None, 1)], len(u.split(None, 0)[0]), len(u.rsplit(None, 0)[0]))
# expect: [15, 1] 18 18
print("".split(), "   ".split(), "".split(","), "".rsplit(","), "a".split("a"))
# expect: [] [] [''] [''] ['', '']
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "a,b,,c,".split(",", 0), "a,b".split(",", -1))
# expect: ['a', 'b', '', 'c', ''] ['a,b,', 'c', ''] ['a,b,,c,'] ['a', 'b']
print("x--y--z".split("--"), "x--y--z".rsplit("--", 1), "--".split("--"), "x".split(sep="x"))
# expect: ['x', 'y', 'z'] ['x--y', 'z'] ['', ''] ['', '']
print("\u00e9,\u00e0,\u00fc".split(","), [len(p) for p in "\u00e9,\u00e0,\u00fc".split(",")])
# expect: ['é', 'à', 'ü'] [1, 1, 1]
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(sep=" ", maxsplit=1))
# expect: ['1', '2 3'] ['1 2', '3']
for call in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", "1"), lambda: "a,b".split(",", 1.5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: ValueError empty separator
# expect: TypeError must be str or None, not int
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
print(repr(a.strip()), repr(a.lstrip()), repr(a.rstrip()), len(u.strip()), len(u.lstrip()), len(u.rstrip()))
# expect: 'alpha beta\tgamma\n delta' 'alpha beta\tgamma\n delta  ' '  alpha beta\tgamma\n delta' 17 18 18
print(repr("xxhixx".strip("x")), repr("\u00e9\u00e9hi\u00e9".strip("\u00e9")), repr("abcba".rstrip("ab")), repr("".strip()))
# expect: 'hi' 'hi' 'abc' ''
s = "nothing"
print(s.strip() is s, s.replace("z", "y") is s, "-".join([s]) is s)
# expect: True True True
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(str(i) for i in range(4)), repr("-".join([])))
# expect: a-b-c xy 0, 1, 2, 3 ''
print(len("\u00e9".join(["ab", "cd"])), "\u00e9".join(["ab", "cd"]))
# expect: 5 abécd
for call in (lambda: " ".join(["a", 1]), lambda: " ".join(["a", b"b"])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
# expect: TypeError sequence item 1: expected str instance, int found
# expect: TypeError sequence item 1: expected str instance, bytes found
t = "h\u00e9llo w\u00f6rld h\u00e9llo"
print(t.find("w"), t.find("h\u00e9", 1), t.rfind("h\u00e9"), t.index("o"), t.rindex("o"), t.find("zz"))
# expect: 6 12 12 4 16 -1
print(t.find("l", -5), t.find("l", 3, 4), t.find("", 30), t.find("", 17), t.find("", 5, 2), t.find("l", None, 3))
# expect: 14 3 -1 17 -1 2
print(t.count("l"), t.count("l", 4), t.count(""), t.count("", 3), t.count("", 18), t.count("", 30), t.count("l", -3, -1))
# expect: 5 3 18 15 0 0 2
print("abcabc".find("c", 3), "abcabc".rfind("a", 0, 3), "abcabc".count("abc", 1), "aaaa".count("aa"))
# expect: 5 0 1 2
print(t.startswith("h\u00e9"), t.startswith("\u00e9", 1), t.startswith(("x", "h")), t.endswith("llo", 0, 5), t.endswith(""), t.startswith("", 18))
# expect: True True True True True False
try:
    t.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
# expect: ValueError substring not found
try:
    t.find("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
# expect: TypeError slice indices must be integers or None or have an __index__ method
print("aaa".replace("a", "bb"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
# expect: bbbbbb bba aaa bbb
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "\u00e9t\u00e9".replace("", "|"), "\u00e9t\u00e9".replace("t", "\u00fc"))
# expect: -a-b-c- -a-bc x |é|t|é| éüé
print(len("\u00e9t\u00e9".replace("", "|")), len("abc".replace("b", "\u00e9")), "abab".replace("ab", ""), "a.b.c".replace(".", "::", 1))
# expect: 7 3  a::b.c
print("Hello, World! 123".upper(), "Hello, World! 123".lower(), "stra\u00dfe".upper(), "\u00c9COLE".lower(), "[@`{".upper(), "[@`{".lower())
# expect: HELLO, WORLD! 123 hello, world! 123 STRASSE école [@`{ [@`{
i = -42
x = 3.5
name = "\u00e9t\u00e9"
print(f"{i}|{i:5}|{i:<5}|{i:^7}|{i:05}|{i:+}|{i:x}|{i:,}|{1234567:_}")
# expect: -42|  -42|-42  |  -42  |-0042|-42|-2a|-42|1_234_567
print(f"{x}|{x:.2f}|{x:8.3f}|{x:<8}|{x:e}|{x:%}|{name}|{name:>6}|{name:*^7}|{name:.2}|{name!r}")
# expect: 3.5|3.50|   3.500|3.5     |3.500000e+00|350.000000%|été|   été|**été**|ét|'été'
print(f"{'ab':\u00e9>5}", len(f"{'ab':\u00e9>5}"), len(f"{name}{i}"), f"{True}|{None}|{[1, 'a']}|{i!s:>4}")
# expect: éééab 5 6 True|None|[1, 'a']| -42
print("%s-%d" % ("a", 5), "%5s|%-5s|%.2s" % ("ab", "cd", "efg"), "%5s|%.2s|" % (name, name), "%d%%" % 50)
# expect: a-5    ab|cd   |ef   été|ét| 50%
print("%05d|%+d|% d|%x|%X|%o|%#x|%i|%u" % (42, 42, 42, 255, 255, 8, 255, -3, 7), "%s" % [1, 2], "%r" % "q", "%c%c" % (65, "b"))
# expect: 00042|+42| 42|ff|FF|10|0xff|-3|7 [1, 2] 'q' Ab
print("%.3f|%8.2f|%-8.1f|%e|%g" % (3.14159, 2.5, 1.25, 12345.678, 0.0001), "%s %s" % (True, None), "%s" % 1.5)
# expect: 3.142|    2.50|1.2     |1.234568e+04|0.0001 True None 1.5
for fmt, args in (("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)):
    try:
        fmt % args
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError %d format: a real number is required, not str
# expect: TypeError not enough arguments for format string
# expect: TypeError not all arguments converted during string formatting
# expect: ValueError unsupported format character 'z' (0x7a) at index 1
print("{}/{}".format("a", 3), "{0}{1}{0}".format("x", "y"), "{n:>4}|{n:<4}|{n:^5}".format(n=7), "{:.3}|{!r}".format("abcdef", "q"))
# expect: a/3 xyx    7|7   |  7   abc|'q'
print("{:>6}|{:,}|{:08.3f}|{}".format(name, 1234567, -3.14159, [1]), "{{}}{}".format(1))
# expect:    été|1,234,567|-003.142|[1] {}1
print(t[0], t[1], t[-1], t[-5], t[2:5], t[::-1], t[::2], t[-3:], t[5:1:-1], repr(t[4:2]), repr(t[100:]))
# expect: h é o h llo olléh dlröw olléh hlowrdhlo llo  oll '' ''
print(a[0], a[-1] == " ", a[2:7], a[::-3], a[-4:-1], repr(a[3:3]), len(t[1:8]), len(t[::3]))
# expect:   True alpha  tdaaabha ta  '' 7 6
try:
    t[50]
except IndexError as e:
    print(type(e).__name__, e)
# expect: IndexError string index out of range
print([c for c in "ab\u00e9c"], [ord(c) for c in "a\u00e9\u20ac"], chr(97) + chr(233) + chr(0x1F600), len(chr(0x1F600)))
# expect: ['a', 'b', 'é', 'c'] [97, 233, 8364] aé😀 1
print(str(12345), str(-7), int("42"), int(" -17 "), int("1_000"), str(2 ** 70), int("ff", 16), str("same") == "same")
# expect: 12345 -7 42 -17 1000 1180591620717411303424 255 True
print("caf\u00e9".encode(), "caf\u00e9".encode("latin-1"), b"caf\xc3\xa9".decode(), len(b"caf\xc3\xa9".decode()), b"abc".decode("ascii"))
# expect: b'caf\xc3\xa9' b'caf\xe9' café 4 abc
for call in (lambda: "caf\u00e9".encode("ascii"), lambda: b"caf\xe9".decode(), lambda: b"\xff".decode("ascii")):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
# expect: UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data
# expect: UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
print("abcabc".find("b", -2 ** 70), "abcabc".find("b", 2 ** 70), "abcabc".count("c", 1, -2 ** 70), "abcabc".rfind("c", None, 2 ** 70))
print(b"a-b".split(b"-"), b" x  y ".split(), b"\x1cx".split(), b"abc".find(98), b"abc".find(b"c", -1), b"aXbX".replace(b"X", b"", 1), b" ab ".strip())
# expect: 1 -1 0 5
# expect: [b'a', b'b'] [b'x', b'y'] [b'\x1cx'] 1 2 b'abX' b'ab'
