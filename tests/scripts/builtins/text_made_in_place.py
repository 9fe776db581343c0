# Text made in place: a + b, ''.join and f-strings written into the new object's own text;
# replace() sized by counting the occurrences first; upper()/lower() mapping a copy made in
# the new object (a one-character str is the shared one); slices of str and bytes straight from
# BINARY_SLICE (a non-ASCII one with its length known); lengths of the results in code points;
# strs ordered by one comparison; `for ch in text` over the shared one-character strs; int(text)
# of plain decimal digits read straight (anything else through the general parse); encode()/decode()
# of the usual encoding spellings.
# args: --gil newgil
# args: --gil nogil

a, b = "héllo", " wörld"
c = a + b
print(c, len(c), c[4], c[-3:], repr(c))
print(len("x" * 20 + "y" * 20), ("ab" + "")[1], "" + "", len("" + "é"))
print(b"abc" + b"\xff\x00", len(b"x" * 30 + b"y"), (b"" + b"")[:], b"q" + b"")
data = b""
for i in range(40):
    data = data[-8:] + ("p%d" % i).encode()
print(data, len(data))
print(",".join(["a", "bé", "c"]), len(",".join(["a", "bé", "c"])), "".join([]), "-".join(["x"]))
print(b"--".join([b"a", b"\xfe", b""]), b"".join([]), len(" ".join(["a" * 20, "b" * 20])))
print(" é ".join(["x", "y"]), len(" é ".join(["x", "y"])), " ".join(("ab", "cd"))[3:])
for i in (0, 7, -12, 10**6, 123456789012):
    s = f"item {i}: {i * 3} units, {i % 7} é{i}"
    print(s, len(s), s[-2:])
print(f"{'ü'}{3}{'x' * 17}", len(f"{'ü'}{3}{'x' * 17}"))
t = "item-5-x"
print(t.replace("-", "+"), t.replace("-", "+", 1), t.replace("-", "+", 0), t.replace("-", "+", -1))
print(t.replace("-", ""), t.replace("-", "<=>"), t.replace("z", "y") is t, t.replace("item", "é"))
r = "aaa".replace("a", "ü")
print(r, len(r), r[1], "ééé".replace("é", "e"), len("ééé".replace("é", "e")))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "aaaa".replace("aa", "b"))
print(b"a-b-c".replace(b"-", b"--"), b"a-b".replace(b"-", b"", 5), b"xyz".replace(b"q", b"r"))
print("x" * 20 + "-" + "y".replace("y", "z" * 20), len(("ab-" * 10).replace("-", "")))
print("a".upper(), "A".upper(), "1".upper(), "b".lower(), "B".lower(), "".upper() == "")
print("Hello, World 9".upper(), "Hello, World 9".lower(), b"MiXeD 1".upper(), b"MiXeD".lower())
print("straße".upper(), len("straße".upper()), "ÄB".lower())
u = "hello world".upper()
print(u, len(u), u[6:], u.lower() == "hello world")
s = "héllo wörld ünïcode"
for a, b in [(0, 3), (1, 5), (-4, None), (None, -2), (3, 3), (5, 2), (0, 100), (-100, 4), (None, None)]:
    p = s[a:b]
    print(repr(p), len(p), p[-1:] if p else "", p.upper())
print(s[::2], s[::-1], len(s[1::3]), s[10:2:-2], b"abcdef"[1:5], b"abcdef"[::-2], b"abc"[:], b"ab"[5:])
t = "ab"
print(t[0:2] is t, t[1:], "é"[0:1], len("éé"[1:]))
n = 0
for ch in "Hello, Wörld! az{`":
    if "a" <= ch <= "z":
        n += ord(ch) - 96
    elif "A" <= ch < "a":
        n += 1000
    elif ch > "z":
        n += 100000
print(n, "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "b" >= "b", "b" > "b", "a" <= "")
print(b"ab" < b"b", b"b" >= b"b", b"\xff" > b"z", sorted(["b", "é", "a", "B", ""]), max("ab", "aa"))
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    b"a" <= "a"
except TypeError as e:
    print(e)
for s in ["0", "7", "-12", "+5", "007", "-0", "123456789012345678", "1234567890123456789", "-999999999999999999999",
          " 42 ", "4_2", "", "-", "+", "1e3", "0x1f", "12a", "99999999999999999999999"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int("ff", 16), int("0x1f", 0), int(b"34"), int("10", base=2))
total = 0
for line in ["1,a,2", "30,b,-4", "500,c,+6"]:
    f = line.split(",")
    total += int(f[0]) * int(f[2])
print(total)
for enc in ["utf-8", "UTF-8", "utf8", "ascii", "ASCII", "latin-1", "latin1", "Latin_1", "us-ascii", "iso-8859-1"]:
    print(enc, "héllo".encode(enc) if "ascii" not in enc.lower() else "hello".encode(enc), b"abc".decode(enc), "abc".encode(enc))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
# expect: héllo wörld 11 o rld 'héllo wörld'
# expect: 40 b  1
# expect: b'abc\xff\x00' 31 b'' b'q'
# expect: b'36p37p38p39' 11
# expect: a,bé,c 6  x
# expect: b'a--\xfe--' b'' 41
# expect: x é y 5 cd
# expect: item 0: 0 units, 0 é0 21 é0
# expect: item 7: 21 units, 0 é7 22 é7
# expect: item -12: -36 units, 2 é-12 27 12
# expect: item 1000000: 3000000 units, 1 é1000000 39 00
# expect: item 123456789012: 370370367036 units, 4 é123456789012 54 12
# expect: ü3xxxxxxxxxxxxxxxxx 19
# expect: item+5+x item+5-x item-5-x item+5+x
# expect: item5x item<=>5<=>x True é-5-x
# expect: üüü 3 ü eee 3
# expect: -a-b-c- -a-bc bb
# expect: b'a--b--c' b'ab' b'xyz'
# expect: xxxxxxxxxxxxxxxxxxxx-zzzzzzzzzzzzzzzzzzzz 20
# expect: A A 1 b b True
# expect: HELLO, WORLD 9 hello, world 9 b'MIXED 1' b'mixed'
# expect: STRASSE 7 äb
# expect: HELLO WORLD 11 WORLD True
# expect: 'hél' 3 l HÉL
# expect: 'éllo' 4 o ÉLLO
# expect: 'code' 4 e CODE
# expect: 'héllo wörld ünïco' 17 o HÉLLO WÖRLD ÜNÏCO
# expect: '' 0  
# expect: '' 0  
# expect: 'héllo wörld ünïcode' 19 e HÉLLO WÖRLD ÜNÏCODE
# expect: 'héll' 4 l HÉLL
# expect: 'héllo wörld ünïcode' 19 e HÉLLO WÖRLD ÜNÏCODE
# expect: hlowrdüïoe edocïnü dlröw olléh 6 drwo b'bcde' b'fdb' b'abc' b''
# expect: True b é 1
# expect: 203105 True True True True True False False
# expect: True True True ['', 'B', 'a', 'b', 'é'] ab
# expect: '<' not supported between instances of 'str' and 'int'
# expect: '<=' not supported between instances of 'bytes' and 'str'
# expect: '0' 0
# expect: '7' 7
# expect: '-12' -12
# expect: '+5' 5
# expect: '007' 7
# expect: '-0' 0
# expect: '123456789012345678' 123456789012345678
# expect: '1234567890123456789' 1234567890123456789
# expect: '-999999999999999999999' -999999999999999999999
# expect: ' 42 ' 42
# expect: '4_2' 42
# expect: '' ValueError invalid literal for int() with base 10: ''
# expect: '-' ValueError invalid literal for int() with base 10: '-'
# expect: '+' ValueError invalid literal for int() with base 10: '+'
# expect: '1e3' ValueError invalid literal for int() with base 10: '1e3'
# expect: '0x1f' ValueError invalid literal for int() with base 10: '0x1f'
# expect: '12a' ValueError invalid literal for int() with base 10: '12a'
# expect: '99999999999999999999999' 99999999999999999999999
# expect: 255 31 34 2
# expect: 2882
# expect: utf-8 b'h\xc3\xa9llo' abc b'abc'
# expect: UTF-8 b'h\xc3\xa9llo' abc b'abc'
# expect: utf8 b'h\xc3\xa9llo' abc b'abc'
# expect: ascii b'hello' abc b'abc'
# expect: ASCII b'hello' abc b'abc'
# expect: latin-1 b'h\xe9llo' abc b'abc'
# expect: latin1 b'h\xe9llo' abc b'abc'
# expect: Latin_1 b'h\xe9llo' abc b'abc'
# expect: us-ascii b'hello' abc b'abc'
# expect: iso-8859-1 b'h\xe9llo' abc b'abc'
# expect: LookupError unknown encoding: no-such-codec
