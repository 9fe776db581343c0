# Padding (center/ljust/rjust/zfill), strip, split and `in` over str and bytes: ASCII and
# non-ASCII text, empty text, results that are the receiver itself, and CPython's errors.

def show(label, value):
    print(label, repr(value))

texts = ["", "a", "abc", " abcdef ", "héllo", "日本語", "+12", "-7", "+", "-", "x-1", "\t\n a b\x0b\x0c\r ", "\x1c z \x1f", "\u3000 ü \u2003"]
for t in texts:
    for w in (-1, 0, 1, 2, 3, 5, 8, 10):
        show(f"{t!r}.center({w})", t.center(w))
        show(f"{t!r}.ljust({w})", t.ljust(w))
        show(f"{t!r}.rjust({w})", t.rjust(w))
        show(f"{t!r}.zfill({w})", t.zfill(w))
    show("fill é", t.center(9, "é"))
    show("fill 日", t.ljust(7, "日"))
    show("fill 日 right", t.rjust(6, "日"))
    show("fill *", t.center(11, "*"))
    show("strip", t.strip())
    show("lstrip", t.lstrip())
    show("rstrip", t.rstrip())
    show("split", t.split())
    show("rsplit", t.rsplit())
    show("split0", t.split(None, 0))
    show("rsplit0", t.rsplit(None, 0))
    show("split1", t.split(maxsplit=1))
    show("split ,", t.split(","))
    show("split b", t.split("b"))
    show("rsplit b", t.rsplit("b"))
    show("split b 0", t.split("b", 0))
    show("in a", "a" in t)
    show("in é", "é" in t)
    show("in bc", "bc" in t)
    show("in empty", "" in t)
    show("in 本語", "本語" in t)

# Identity where CPython 3.11 guarantees it for exact str and bytes.
s = "abcdef"
print(s.center(3) is s, s.ljust(6) is s, s.rjust(0) is s, s.zfill(6) is s, s.zfill(-3) is s)
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s)
print(s.split(",")[0] is s, s.rsplit(",")[0] is s, s.split("abcdefg")[0] is s)
print(s.split(",", 0)[0] is s, s.rsplit(",", 0)[0] is s)
u = "日本語"
print(u.center(2) is u, u.zfill(3) is u, u.strip() is u, u.split("x")[0] is u, u.rsplit("語語")[0] is u)
b = b"abcdef"
print(b.center(3) is b, b.zfill(6) is b, b.strip() is b, b.split(b",")[0] is b)
print(b.rsplit(b",")[0] is b, b.ljust(2) is b, b.rjust(6) is b)
ba = bytearray(b"abc")
r = ba.center(2)
print(type(r).__name__, r, r is ba)
r = ba.split()
print(type(r[0]).__name__, r, r[0] is ba)
r = ba.zfill(5)
print(type(r).__name__, r)
print(type(ba.split(b",")[0]).__name__, ba.split(b","))

# bytes
for bt in (b"", b"a", b"+5", b"-", b" ab ", b"\xff\x00", b"\t x\x0b"):
    for w in (0, 2, 4, 7):
        show(f"{bt!r}.center({w})", bt.center(w))
        show(f"{bt!r}.ljust({w}, b'.')", bt.ljust(w, b"."))
        show(f"{bt!r}.rjust({w})", bt.rjust(w))
        show(f"{bt!r}.zfill({w})", bt.zfill(w))
    show("strip", bt.strip())
    show("split", bt.split())
    show("hex", bt.hex())
    show("in", b"a" in bt)
    show("in int", 97 in bt)

print(len("é".center(5)), len("日本".zfill(6)), len("ab".center(7, "é")))
print(bytes(range(256)).hex()[:40], bytes(range(256)).hex()[-20:])

# Errors, with CPython's messages.
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: "ab".center(5, "xy"))
err(lambda: "ab".center(5, ""))
err(lambda: "ab".center("5"))
err(lambda: "ab".zfill("5"))
err(lambda: "ab".zfill(1.5))
err(lambda: b"ab".center(5, "x"))
err(lambda: b"ab".ljust(5, b"xy"))
err(lambda: 1 in "abc")
err(lambda: None in "abc")
err(lambda: "a" in b"abc")
err(lambda: "ab".split(""))
err(lambda: "ab".split(1))
err(lambda: "ab".strip(1))
err(lambda: b"ab".strip(1))
err(lambda: b"ab".strip("a"))
err(lambda: "ab".lstrip(1))
err(lambda: "ab".rstrip(b"a"))
err(lambda: "ab".center(5, 1))
err(lambda: b"ab".center(5, 1))
err(lambda: b"ab".rjust(5, bytearray(b"x")))
err(lambda: bytearray(b"ab").center(5, b"xy"))
err(lambda: "ab".ljust(5, "xy"))
print(b"ab".rjust(5, bytearray(b"x")), "ab".strip(None), b" ab ".strip(None), "ab".strip("bé"))
print("ébé".strip("é"), "ébé".rstrip("éb"), "ébé".lstrip("xé"), b"abba".strip(b"a"))

# str + str and bytes + bytes of every size around the in-line copies' steps (4, 8, 16 bytes).
pieces = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi", "é", "日本", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "ü" * 9]
for p in pieces:
    for q in pieces:
        r = p + q
        br = p.encode() + q.encode()
        print(len(r), r, br == r.encode(), r[len(p):] == q, r[-1:] if r else "-")

# expect: ''.center(-1) ''
# expect: ''.ljust(-1) ''
# expect: ''.rjust(-1) ''
# expect: ''.zfill(-1) ''
# expect: ''.center(0) ''
# expect: ''.ljust(0) ''
# expect: ''.rjust(0) ''
# expect: ''.zfill(0) ''
# expect: ''.center(1) ' '
# expect: ''.ljust(1) ' '
# expect: ''.rjust(1) ' '
# expect: ''.zfill(1) '0'
# expect: ''.center(2) '  '
# expect: ''.ljust(2) '  '
# expect: ''.rjust(2) '  '
# expect: ''.zfill(2) '00'
# expect: ''.center(3) '   '
# expect: ''.ljust(3) '   '
# expect: ''.rjust(3) '   '
# expect: ''.zfill(3) '000'
# expect: ''.center(5) '     '
# expect: ''.ljust(5) '     '
# expect: ''.rjust(5) '     '
# expect: ''.zfill(5) '00000'
# expect: ''.center(8) '        '
# expect: ''.ljust(8) '        '
# expect: ''.rjust(8) '        '
# expect: ''.zfill(8) '00000000'
# expect: ''.center(10) '          '
# expect: ''.ljust(10) '          '
# expect: ''.rjust(10) '          '
# expect: ''.zfill(10) '0000000000'
# expect: fill é 'ééééééééé'
# expect: fill 日 '日日日日日日日'
# expect: fill 日 right '日日日日日日'
# expect: fill * '***********'
# expect: strip ''
# expect: lstrip ''
# expect: rstrip ''
# expect: split []
# expect: rsplit []
# expect: split0 []
# expect: rsplit0 []
# expect: split1 []
# expect: split , ['']
# expect: split b ['']
# expect: rsplit b ['']
# expect: split b 0 ['']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: 'a'.center(-1) 'a'
# expect: 'a'.ljust(-1) 'a'
# expect: 'a'.rjust(-1) 'a'
# expect: 'a'.zfill(-1) 'a'
# expect: 'a'.center(0) 'a'
# expect: 'a'.ljust(0) 'a'
# expect: 'a'.rjust(0) 'a'
# expect: 'a'.zfill(0) 'a'
# expect: 'a'.center(1) 'a'
# expect: 'a'.ljust(1) 'a'
# expect: 'a'.rjust(1) 'a'
# expect: 'a'.zfill(1) 'a'
# expect: 'a'.center(2) 'a '
# expect: 'a'.ljust(2) 'a '
# expect: 'a'.rjust(2) ' a'
# expect: 'a'.zfill(2) '0a'
# expect: 'a'.center(3) ' a '
# expect: 'a'.ljust(3) 'a  '
# expect: 'a'.rjust(3) '  a'
# expect: 'a'.zfill(3) '00a'
# expect: 'a'.center(5) '  a  '
# expect: 'a'.ljust(5) 'a    '
# expect: 'a'.rjust(5) '    a'
# expect: 'a'.zfill(5) '0000a'
# expect: 'a'.center(8) '   a    '
# expect: 'a'.ljust(8) 'a       '
# expect: 'a'.rjust(8) '       a'
# expect: 'a'.zfill(8) '0000000a'
# expect: 'a'.center(10) '    a     '
# expect: 'a'.ljust(10) 'a         '
# expect: 'a'.rjust(10) '         a'
# expect: 'a'.zfill(10) '000000000a'
# expect: fill é 'ééééaéééé'
# expect: fill 日 'a日日日日日日'
# expect: fill 日 right '日日日日日a'
# expect: fill * '*****a*****'
# expect: strip 'a'
# expect: lstrip 'a'
# expect: rstrip 'a'
# expect: split ['a']
# expect: rsplit ['a']
# expect: split0 ['a']
# expect: rsplit0 ['a']
# expect: split1 ['a']
# expect: split , ['a']
# expect: split b ['a']
# expect: rsplit b ['a']
# expect: split b 0 ['a']
# expect: in a True
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: 'abc'.center(-1) 'abc'
# expect: 'abc'.ljust(-1) 'abc'
# expect: 'abc'.rjust(-1) 'abc'
# expect: 'abc'.zfill(-1) 'abc'
# expect: 'abc'.center(0) 'abc'
# expect: 'abc'.ljust(0) 'abc'
# expect: 'abc'.rjust(0) 'abc'
# expect: 'abc'.zfill(0) 'abc'
# expect: 'abc'.center(1) 'abc'
# expect: 'abc'.ljust(1) 'abc'
# expect: 'abc'.rjust(1) 'abc'
# expect: 'abc'.zfill(1) 'abc'
# expect: 'abc'.center(2) 'abc'
# expect: 'abc'.ljust(2) 'abc'
# expect: 'abc'.rjust(2) 'abc'
# expect: 'abc'.zfill(2) 'abc'
# expect: 'abc'.center(3) 'abc'
# expect: 'abc'.ljust(3) 'abc'
# expect: 'abc'.rjust(3) 'abc'
# expect: 'abc'.zfill(3) 'abc'
# expect: 'abc'.center(5) ' abc '
# expect: 'abc'.ljust(5) 'abc  '
# expect: 'abc'.rjust(5) '  abc'
# expect: 'abc'.zfill(5) '00abc'
# expect: 'abc'.center(8) '  abc   '
# expect: 'abc'.ljust(8) 'abc     '
# expect: 'abc'.rjust(8) '     abc'
# expect: 'abc'.zfill(8) '00000abc'
# expect: 'abc'.center(10) '   abc    '
# expect: 'abc'.ljust(10) 'abc       '
# expect: 'abc'.rjust(10) '       abc'
# expect: 'abc'.zfill(10) '0000000abc'
# expect: fill é 'éééabcééé'
# expect: fill 日 'abc日日日日'
# expect: fill 日 right '日日日abc'
# expect: fill * '****abc****'
# expect: strip 'abc'
# expect: lstrip 'abc'
# expect: rstrip 'abc'
# expect: split ['abc']
# expect: rsplit ['abc']
# expect: split0 ['abc']
# expect: rsplit0 ['abc']
# expect: split1 ['abc']
# expect: split , ['abc']
# expect: split b ['a', 'c']
# expect: rsplit b ['a', 'c']
# expect: split b 0 ['abc']
# expect: in a True
# expect: in é False
# expect: in bc True
# expect: in empty True
# expect: in 本語 False
# expect: ' abcdef '.center(-1) ' abcdef '
# expect: ' abcdef '.ljust(-1) ' abcdef '
# expect: ' abcdef '.rjust(-1) ' abcdef '
# expect: ' abcdef '.zfill(-1) ' abcdef '
# expect: ' abcdef '.center(0) ' abcdef '
# expect: ' abcdef '.ljust(0) ' abcdef '
# expect: ' abcdef '.rjust(0) ' abcdef '
# expect: ' abcdef '.zfill(0) ' abcdef '
# expect: ' abcdef '.center(1) ' abcdef '
# expect: ' abcdef '.ljust(1) ' abcdef '
# expect: ' abcdef '.rjust(1) ' abcdef '
# expect: ' abcdef '.zfill(1) ' abcdef '
# expect: ' abcdef '.center(2) ' abcdef '
# expect: ' abcdef '.ljust(2) ' abcdef '
# expect: ' abcdef '.rjust(2) ' abcdef '
# expect: ' abcdef '.zfill(2) ' abcdef '
# expect: ' abcdef '.center(3) ' abcdef '
# expect: ' abcdef '.ljust(3) ' abcdef '
# expect: ' abcdef '.rjust(3) ' abcdef '
# expect: ' abcdef '.zfill(3) ' abcdef '
# expect: ' abcdef '.center(5) ' abcdef '
# expect: ' abcdef '.ljust(5) ' abcdef '
# expect: ' abcdef '.rjust(5) ' abcdef '
# expect: ' abcdef '.zfill(5) ' abcdef '
# expect: ' abcdef '.center(8) ' abcdef '
# expect: ' abcdef '.ljust(8) ' abcdef '
# expect: ' abcdef '.rjust(8) ' abcdef '
# expect: ' abcdef '.zfill(8) ' abcdef '
# expect: ' abcdef '.center(10) '  abcdef  '
# expect: ' abcdef '.ljust(10) ' abcdef   '
# expect: ' abcdef '.rjust(10) '   abcdef '
# expect: ' abcdef '.zfill(10) '00 abcdef '
# expect: fill é 'é abcdef '
# expect: fill 日 ' abcdef '
# expect: fill 日 right ' abcdef '
# expect: fill * '** abcdef *'
# expect: strip 'abcdef'
# expect: lstrip 'abcdef '
# expect: rstrip ' abcdef'
# expect: split ['abcdef']
# expect: rsplit ['abcdef']
# expect: split0 ['abcdef ']
# expect: rsplit0 [' abcdef']
# expect: split1 ['abcdef']
# expect: split , [' abcdef ']
# expect: split b [' a', 'cdef ']
# expect: rsplit b [' a', 'cdef ']
# expect: split b 0 [' abcdef ']
# expect: in a True
# expect: in é False
# expect: in bc True
# expect: in empty True
# expect: in 本語 False
# expect: 'héllo'.center(-1) 'héllo'
# expect: 'héllo'.ljust(-1) 'héllo'
# expect: 'héllo'.rjust(-1) 'héllo'
# expect: 'héllo'.zfill(-1) 'héllo'
# expect: 'héllo'.center(0) 'héllo'
# expect: 'héllo'.ljust(0) 'héllo'
# expect: 'héllo'.rjust(0) 'héllo'
# expect: 'héllo'.zfill(0) 'héllo'
# expect: 'héllo'.center(1) 'héllo'
# expect: 'héllo'.ljust(1) 'héllo'
# expect: 'héllo'.rjust(1) 'héllo'
# expect: 'héllo'.zfill(1) 'héllo'
# expect: 'héllo'.center(2) 'héllo'
# expect: 'héllo'.ljust(2) 'héllo'
# expect: 'héllo'.rjust(2) 'héllo'
# expect: 'héllo'.zfill(2) 'héllo'
# expect: 'héllo'.center(3) 'héllo'
# expect: 'héllo'.ljust(3) 'héllo'
# expect: 'héllo'.rjust(3) 'héllo'
# expect: 'héllo'.zfill(3) 'héllo'
# expect: 'héllo'.center(5) 'héllo'
# expect: 'héllo'.ljust(5) 'héllo'
# expect: 'héllo'.rjust(5) 'héllo'
# expect: 'héllo'.zfill(5) 'héllo'
# expect: 'héllo'.center(8) ' héllo  '
# expect: 'héllo'.ljust(8) 'héllo   '
# expect: 'héllo'.rjust(8) '   héllo'
# expect: 'héllo'.zfill(8) '000héllo'
# expect: 'héllo'.center(10) '  héllo   '
# expect: 'héllo'.ljust(10) 'héllo     '
# expect: 'héllo'.rjust(10) '     héllo'
# expect: 'héllo'.zfill(10) '00000héllo'
# expect: fill é 'ééhélloéé'
# expect: fill 日 'héllo日日'
# expect: fill 日 right '日héllo'
# expect: fill * '***héllo***'
# expect: strip 'héllo'
# expect: lstrip 'héllo'
# expect: rstrip 'héllo'
# expect: split ['héllo']
# expect: rsplit ['héllo']
# expect: split0 ['héllo']
# expect: rsplit0 ['héllo']
# expect: split1 ['héllo']
# expect: split , ['héllo']
# expect: split b ['héllo']
# expect: rsplit b ['héllo']
# expect: split b 0 ['héllo']
# expect: in a False
# expect: in é True
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: '日本語'.center(-1) '日本語'
# expect: '日本語'.ljust(-1) '日本語'
# expect: '日本語'.rjust(-1) '日本語'
# expect: '日本語'.zfill(-1) '日本語'
# expect: '日本語'.center(0) '日本語'
# expect: '日本語'.ljust(0) '日本語'
# expect: '日本語'.rjust(0) '日本語'
# expect: '日本語'.zfill(0) '日本語'
# expect: '日本語'.center(1) '日本語'
# expect: '日本語'.ljust(1) '日本語'
# expect: '日本語'.rjust(1) '日本語'
# expect: '日本語'.zfill(1) '日本語'
# expect: '日本語'.center(2) '日本語'
# expect: '日本語'.ljust(2) '日本語'
# expect: '日本語'.rjust(2) '日本語'
# expect: '日本語'.zfill(2) '日本語'
# expect: '日本語'.center(3) '日本語'
# expect: '日本語'.ljust(3) '日本語'
# expect: '日本語'.rjust(3) '日本語'
# expect: '日本語'.zfill(3) '日本語'
# expect: '日本語'.center(5) ' 日本語 '
# expect: '日本語'.ljust(5) '日本語  '
# expect: '日本語'.rjust(5) '  日本語'
# expect: '日本語'.zfill(5) '00日本語'
# expect: '日本語'.center(8) '  日本語   '
# expect: '日本語'.ljust(8) '日本語     '
# expect: '日本語'.rjust(8) '     日本語'
# expect: '日本語'.zfill(8) '00000日本語'
# expect: '日本語'.center(10) '   日本語    '
# expect: '日本語'.ljust(10) '日本語       '
# expect: '日本語'.rjust(10) '       日本語'
# expect: '日本語'.zfill(10) '0000000日本語'
# expect: fill é 'ééé日本語ééé'
# expect: fill 日 '日本語日日日日'
# expect: fill 日 right '日日日日本語'
# expect: fill * '****日本語****'
# expect: strip '日本語'
# expect: lstrip '日本語'
# expect: rstrip '日本語'
# expect: split ['日本語']
# expect: rsplit ['日本語']
# expect: split0 ['日本語']
# expect: rsplit0 ['日本語']
# expect: split1 ['日本語']
# expect: split , ['日本語']
# expect: split b ['日本語']
# expect: rsplit b ['日本語']
# expect: split b 0 ['日本語']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 True
# expect: '+12'.center(-1) '+12'
# expect: '+12'.ljust(-1) '+12'
# expect: '+12'.rjust(-1) '+12'
# expect: '+12'.zfill(-1) '+12'
# expect: '+12'.center(0) '+12'
# expect: '+12'.ljust(0) '+12'
# expect: '+12'.rjust(0) '+12'
# expect: '+12'.zfill(0) '+12'
# expect: '+12'.center(1) '+12'
# expect: '+12'.ljust(1) '+12'
# expect: '+12'.rjust(1) '+12'
# expect: '+12'.zfill(1) '+12'
# expect: '+12'.center(2) '+12'
# expect: '+12'.ljust(2) '+12'
# expect: '+12'.rjust(2) '+12'
# expect: '+12'.zfill(2) '+12'
# expect: '+12'.center(3) '+12'
# expect: '+12'.ljust(3) '+12'
# expect: '+12'.rjust(3) '+12'
# expect: '+12'.zfill(3) '+12'
# expect: '+12'.center(5) ' +12 '
# expect: '+12'.ljust(5) '+12  '
# expect: '+12'.rjust(5) '  +12'
# expect: '+12'.zfill(5) '+0012'
# expect: '+12'.center(8) '  +12   '
# expect: '+12'.ljust(8) '+12     '
# expect: '+12'.rjust(8) '     +12'
# expect: '+12'.zfill(8) '+0000012'
# expect: '+12'.center(10) '   +12    '
# expect: '+12'.ljust(10) '+12       '
# expect: '+12'.rjust(10) '       +12'
# expect: '+12'.zfill(10) '+000000012'
# expect: fill é 'ééé+12ééé'
# expect: fill 日 '+12日日日日'
# expect: fill 日 right '日日日+12'
# expect: fill * '****+12****'
# expect: strip '+12'
# expect: lstrip '+12'
# expect: rstrip '+12'
# expect: split ['+12']
# expect: rsplit ['+12']
# expect: split0 ['+12']
# expect: rsplit0 ['+12']
# expect: split1 ['+12']
# expect: split , ['+12']
# expect: split b ['+12']
# expect: rsplit b ['+12']
# expect: split b 0 ['+12']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: '-7'.center(-1) '-7'
# expect: '-7'.ljust(-1) '-7'
# expect: '-7'.rjust(-1) '-7'
# expect: '-7'.zfill(-1) '-7'
# expect: '-7'.center(0) '-7'
# expect: '-7'.ljust(0) '-7'
# expect: '-7'.rjust(0) '-7'
# expect: '-7'.zfill(0) '-7'
# expect: '-7'.center(1) '-7'
# expect: '-7'.ljust(1) '-7'
# expect: '-7'.rjust(1) '-7'
# expect: '-7'.zfill(1) '-7'
# expect: '-7'.center(2) '-7'
# expect: '-7'.ljust(2) '-7'
# expect: '-7'.rjust(2) '-7'
# expect: '-7'.zfill(2) '-7'
# expect: '-7'.center(3) ' -7'
# expect: '-7'.ljust(3) '-7 '
# expect: '-7'.rjust(3) ' -7'
# expect: '-7'.zfill(3) '-07'
# expect: '-7'.center(5) '  -7 '
# expect: '-7'.ljust(5) '-7   '
# expect: '-7'.rjust(5) '   -7'
# expect: '-7'.zfill(5) '-0007'
# expect: '-7'.center(8) '   -7   '
# expect: '-7'.ljust(8) '-7      '
# expect: '-7'.rjust(8) '      -7'
# expect: '-7'.zfill(8) '-0000007'
# expect: '-7'.center(10) '    -7    '
# expect: '-7'.ljust(10) '-7        '
# expect: '-7'.rjust(10) '        -7'
# expect: '-7'.zfill(10) '-000000007'
# expect: fill é 'éééé-7ééé'
# expect: fill 日 '-7日日日日日'
# expect: fill 日 right '日日日日-7'
# expect: fill * '*****-7****'
# expect: strip '-7'
# expect: lstrip '-7'
# expect: rstrip '-7'
# expect: split ['-7']
# expect: rsplit ['-7']
# expect: split0 ['-7']
# expect: rsplit0 ['-7']
# expect: split1 ['-7']
# expect: split , ['-7']
# expect: split b ['-7']
# expect: rsplit b ['-7']
# expect: split b 0 ['-7']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: '+'.center(-1) '+'
# expect: '+'.ljust(-1) '+'
# expect: '+'.rjust(-1) '+'
# expect: '+'.zfill(-1) '+'
# expect: '+'.center(0) '+'
# expect: '+'.ljust(0) '+'
# expect: '+'.rjust(0) '+'
# expect: '+'.zfill(0) '+'
# expect: '+'.center(1) '+'
# expect: '+'.ljust(1) '+'
# expect: '+'.rjust(1) '+'
# expect: '+'.zfill(1) '+'
# expect: '+'.center(2) '+ '
# expect: '+'.ljust(2) '+ '
# expect: '+'.rjust(2) ' +'
# expect: '+'.zfill(2) '+0'
# expect: '+'.center(3) ' + '
# expect: '+'.ljust(3) '+  '
# expect: '+'.rjust(3) '  +'
# expect: '+'.zfill(3) '+00'
# expect: '+'.center(5) '  +  '
# expect: '+'.ljust(5) '+    '
# expect: '+'.rjust(5) '    +'
# expect: '+'.zfill(5) '+0000'
# expect: '+'.center(8) '   +    '
# expect: '+'.ljust(8) '+       '
# expect: '+'.rjust(8) '       +'
# expect: '+'.zfill(8) '+0000000'
# expect: '+'.center(10) '    +     '
# expect: '+'.ljust(10) '+         '
# expect: '+'.rjust(10) '         +'
# expect: '+'.zfill(10) '+000000000'
# expect: fill é 'éééé+éééé'
# expect: fill 日 '+日日日日日日'
# expect: fill 日 right '日日日日日+'
# expect: fill * '*****+*****'
# expect: strip '+'
# expect: lstrip '+'
# expect: rstrip '+'
# expect: split ['+']
# expect: rsplit ['+']
# expect: split0 ['+']
# expect: rsplit0 ['+']
# expect: split1 ['+']
# expect: split , ['+']
# expect: split b ['+']
# expect: rsplit b ['+']
# expect: split b 0 ['+']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: '-'.center(-1) '-'
# expect: '-'.ljust(-1) '-'
# expect: '-'.rjust(-1) '-'
# expect: '-'.zfill(-1) '-'
# expect: '-'.center(0) '-'
# expect: '-'.ljust(0) '-'
# expect: '-'.rjust(0) '-'
# expect: '-'.zfill(0) '-'
# expect: '-'.center(1) '-'
# expect: '-'.ljust(1) '-'
# expect: '-'.rjust(1) '-'
# expect: '-'.zfill(1) '-'
# expect: '-'.center(2) '- '
# expect: '-'.ljust(2) '- '
# expect: '-'.rjust(2) ' -'
# expect: '-'.zfill(2) '-0'
# expect: '-'.center(3) ' - '
# expect: '-'.ljust(3) '-  '
# expect: '-'.rjust(3) '  -'
# expect: '-'.zfill(3) '-00'
# expect: '-'.center(5) '  -  '
# expect: '-'.ljust(5) '-    '
# expect: '-'.rjust(5) '    -'
# expect: '-'.zfill(5) '-0000'
# expect: '-'.center(8) '   -    '
# expect: '-'.ljust(8) '-       '
# expect: '-'.rjust(8) '       -'
# expect: '-'.zfill(8) '-0000000'
# expect: '-'.center(10) '    -     '
# expect: '-'.ljust(10) '-         '
# expect: '-'.rjust(10) '         -'
# expect: '-'.zfill(10) '-000000000'
# expect: fill é 'éééé-éééé'
# expect: fill 日 '-日日日日日日'
# expect: fill 日 right '日日日日日-'
# expect: fill * '*****-*****'
# expect: strip '-'
# expect: lstrip '-'
# expect: rstrip '-'
# expect: split ['-']
# expect: rsplit ['-']
# expect: split0 ['-']
# expect: rsplit0 ['-']
# expect: split1 ['-']
# expect: split , ['-']
# expect: split b ['-']
# expect: rsplit b ['-']
# expect: split b 0 ['-']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: 'x-1'.center(-1) 'x-1'
# expect: 'x-1'.ljust(-1) 'x-1'
# expect: 'x-1'.rjust(-1) 'x-1'
# expect: 'x-1'.zfill(-1) 'x-1'
# expect: 'x-1'.center(0) 'x-1'
# expect: 'x-1'.ljust(0) 'x-1'
# expect: 'x-1'.rjust(0) 'x-1'
# expect: 'x-1'.zfill(0) 'x-1'
# expect: 'x-1'.center(1) 'x-1'
# expect: 'x-1'.ljust(1) 'x-1'
# expect: 'x-1'.rjust(1) 'x-1'
# expect: 'x-1'.zfill(1) 'x-1'
# expect: 'x-1'.center(2) 'x-1'
# expect: 'x-1'.ljust(2) 'x-1'
# expect: 'x-1'.rjust(2) 'x-1'
# expect: 'x-1'.zfill(2) 'x-1'
# expect: 'x-1'.center(3) 'x-1'
# expect: 'x-1'.ljust(3) 'x-1'
# expect: 'x-1'.rjust(3) 'x-1'
# expect: 'x-1'.zfill(3) 'x-1'
# expect: 'x-1'.center(5) ' x-1 '
# expect: 'x-1'.ljust(5) 'x-1  '
# expect: 'x-1'.rjust(5) '  x-1'
# expect: 'x-1'.zfill(5) '00x-1'
# expect: 'x-1'.center(8) '  x-1   '
# expect: 'x-1'.ljust(8) 'x-1     '
# expect: 'x-1'.rjust(8) '     x-1'
# expect: 'x-1'.zfill(8) '00000x-1'
# expect: 'x-1'.center(10) '   x-1    '
# expect: 'x-1'.ljust(10) 'x-1       '
# expect: 'x-1'.rjust(10) '       x-1'
# expect: 'x-1'.zfill(10) '0000000x-1'
# expect: fill é 'éééx-1ééé'
# expect: fill 日 'x-1日日日日'
# expect: fill 日 right '日日日x-1'
# expect: fill * '****x-1****'
# expect: strip 'x-1'
# expect: lstrip 'x-1'
# expect: rstrip 'x-1'
# expect: split ['x-1']
# expect: rsplit ['x-1']
# expect: split0 ['x-1']
# expect: rsplit0 ['x-1']
# expect: split1 ['x-1']
# expect: split , ['x-1']
# expect: split b ['x-1']
# expect: rsplit b ['x-1']
# expect: split b 0 ['x-1']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: '\t\n a b\x0b\x0c\r '.center(-1) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.ljust(-1) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.rjust(-1) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.zfill(-1) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.center(0) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.ljust(0) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.rjust(0) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.zfill(0) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.center(1) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.ljust(1) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.rjust(1) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.zfill(1) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.center(2) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.ljust(2) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.rjust(2) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.zfill(2) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.center(3) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.ljust(3) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.rjust(3) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.zfill(3) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.center(5) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.ljust(5) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.rjust(5) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.zfill(5) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.center(8) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.ljust(8) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.rjust(8) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.zfill(8) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.center(10) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.ljust(10) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.rjust(10) '\t\n a b\x0b\x0c\r '
# expect: '\t\n a b\x0b\x0c\r '.zfill(10) '\t\n a b\x0b\x0c\r '
# expect: fill é '\t\n a b\x0b\x0c\r '
# expect: fill 日 '\t\n a b\x0b\x0c\r '
# expect: fill 日 right '\t\n a b\x0b\x0c\r '
# expect: fill * '*\t\n a b\x0b\x0c\r '
# expect: strip 'a b'
# expect: lstrip 'a b\x0b\x0c\r '
# expect: rstrip '\t\n a b'
# expect: split ['a', 'b']
# expect: rsplit ['a', 'b']
# expect: split0 ['a b\x0b\x0c\r ']
# expect: rsplit0 ['\t\n a b']
# expect: split1 ['a', 'b\x0b\x0c\r ']
# expect: split , ['\t\n a b\x0b\x0c\r ']
# expect: split b ['\t\n a ', '\x0b\x0c\r ']
# expect: rsplit b ['\t\n a ', '\x0b\x0c\r ']
# expect: split b 0 ['\t\n a b\x0b\x0c\r ']
# expect: in a True
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: '\x1c z \x1f'.center(-1) '\x1c z \x1f'
# expect: '\x1c z \x1f'.ljust(-1) '\x1c z \x1f'
# expect: '\x1c z \x1f'.rjust(-1) '\x1c z \x1f'
# expect: '\x1c z \x1f'.zfill(-1) '\x1c z \x1f'
# expect: '\x1c z \x1f'.center(0) '\x1c z \x1f'
# expect: '\x1c z \x1f'.ljust(0) '\x1c z \x1f'
# expect: '\x1c z \x1f'.rjust(0) '\x1c z \x1f'
# expect: '\x1c z \x1f'.zfill(0) '\x1c z \x1f'
# expect: '\x1c z \x1f'.center(1) '\x1c z \x1f'
# expect: '\x1c z \x1f'.ljust(1) '\x1c z \x1f'
# expect: '\x1c z \x1f'.rjust(1) '\x1c z \x1f'
# expect: '\x1c z \x1f'.zfill(1) '\x1c z \x1f'
# expect: '\x1c z \x1f'.center(2) '\x1c z \x1f'
# expect: '\x1c z \x1f'.ljust(2) '\x1c z \x1f'
# expect: '\x1c z \x1f'.rjust(2) '\x1c z \x1f'
# expect: '\x1c z \x1f'.zfill(2) '\x1c z \x1f'
# expect: '\x1c z \x1f'.center(3) '\x1c z \x1f'
# expect: '\x1c z \x1f'.ljust(3) '\x1c z \x1f'
# expect: '\x1c z \x1f'.rjust(3) '\x1c z \x1f'
# expect: '\x1c z \x1f'.zfill(3) '\x1c z \x1f'
# expect: '\x1c z \x1f'.center(5) '\x1c z \x1f'
# expect: '\x1c z \x1f'.ljust(5) '\x1c z \x1f'
# expect: '\x1c z \x1f'.rjust(5) '\x1c z \x1f'
# expect: '\x1c z \x1f'.zfill(5) '\x1c z \x1f'
# expect: '\x1c z \x1f'.center(8) ' \x1c z \x1f  '
# expect: '\x1c z \x1f'.ljust(8) '\x1c z \x1f   '
# expect: '\x1c z \x1f'.rjust(8) '   \x1c z \x1f'
# expect: '\x1c z \x1f'.zfill(8) '000\x1c z \x1f'
# expect: '\x1c z \x1f'.center(10) '  \x1c z \x1f   '
# expect: '\x1c z \x1f'.ljust(10) '\x1c z \x1f     '
# expect: '\x1c z \x1f'.rjust(10) '     \x1c z \x1f'
# expect: '\x1c z \x1f'.zfill(10) '00000\x1c z \x1f'
# expect: fill é 'éé\x1c z \x1féé'
# expect: fill 日 '\x1c z \x1f日日'
# expect: fill 日 right '日\x1c z \x1f'
# expect: fill * '***\x1c z \x1f***'
# expect: strip 'z'
# expect: lstrip 'z \x1f'
# expect: rstrip '\x1c z'
# expect: split ['z']
# expect: rsplit ['z']
# expect: split0 ['z \x1f']
# expect: rsplit0 ['\x1c z']
# expect: split1 ['z']
# expect: split , ['\x1c z \x1f']
# expect: split b ['\x1c z \x1f']
# expect: rsplit b ['\x1c z \x1f']
# expect: split b 0 ['\x1c z \x1f']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: '\u3000 ü \u2003'.center(-1) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.ljust(-1) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.rjust(-1) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.zfill(-1) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.center(0) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.ljust(0) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.rjust(0) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.zfill(0) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.center(1) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.ljust(1) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.rjust(1) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.zfill(1) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.center(2) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.ljust(2) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.rjust(2) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.zfill(2) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.center(3) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.ljust(3) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.rjust(3) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.zfill(3) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.center(5) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.ljust(5) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.rjust(5) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.zfill(5) '\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.center(8) ' \u3000 ü \u2003  '
# expect: '\u3000 ü \u2003'.ljust(8) '\u3000 ü \u2003   '
# expect: '\u3000 ü \u2003'.rjust(8) '   \u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.zfill(8) '000\u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.center(10) '  \u3000 ü \u2003   '
# expect: '\u3000 ü \u2003'.ljust(10) '\u3000 ü \u2003     '
# expect: '\u3000 ü \u2003'.rjust(10) '     \u3000 ü \u2003'
# expect: '\u3000 ü \u2003'.zfill(10) '00000\u3000 ü \u2003'
# expect: fill é 'éé\u3000 ü \u2003éé'
# expect: fill 日 '\u3000 ü \u2003日日'
# expect: fill 日 right '日\u3000 ü \u2003'
# expect: fill * '***\u3000 ü \u2003***'
# expect: strip 'ü'
# expect: lstrip 'ü \u2003'
# expect: rstrip '\u3000 ü'
# expect: split ['ü']
# expect: rsplit ['ü']
# expect: split0 ['ü \u2003']
# expect: rsplit0 ['\u3000 ü']
# expect: split1 ['ü']
# expect: split , ['\u3000 ü \u2003']
# expect: split b ['\u3000 ü \u2003']
# expect: rsplit b ['\u3000 ü \u2003']
# expect: split b 0 ['\u3000 ü \u2003']
# expect: in a False
# expect: in é False
# expect: in bc False
# expect: in empty True
# expect: in 本語 False
# expect: True True True True True
# expect: True True True
# expect: True True True
# expect: True True
# expect: True True True True True
# expect: True True True True
# expect: True True True
# expect: bytearray bytearray(b'abc') False
# expect: bytearray [bytearray(b'abc')] False
# expect: bytearray bytearray(b'00abc')
# expect: bytearray [bytearray(b'abc')]
# expect: b''.center(0) b''
# expect: b''.ljust(0, b'.') b''
# expect: b''.rjust(0) b''
# expect: b''.zfill(0) b''
# expect: b''.center(2) b'  '
# expect: b''.ljust(2, b'.') b'..'
# expect: b''.rjust(2) b'  '
# expect: b''.zfill(2) b'00'
# expect: b''.center(4) b'    '
# expect: b''.ljust(4, b'.') b'....'
# expect: b''.rjust(4) b'    '
# expect: b''.zfill(4) b'0000'
# expect: b''.center(7) b'       '
# expect: b''.ljust(7, b'.') b'.......'
# expect: b''.rjust(7) b'       '
# expect: b''.zfill(7) b'0000000'
# expect: strip b''
# expect: split []
# expect: hex ''
# expect: in False
# expect: in int False
# expect: b'a'.center(0) b'a'
# expect: b'a'.ljust(0, b'.') b'a'
# expect: b'a'.rjust(0) b'a'
# expect: b'a'.zfill(0) b'a'
# expect: b'a'.center(2) b'a '
# expect: b'a'.ljust(2, b'.') b'a.'
# expect: b'a'.rjust(2) b' a'
# expect: b'a'.zfill(2) b'0a'
# expect: b'a'.center(4) b' a  '
# expect: b'a'.ljust(4, b'.') b'a...'
# expect: b'a'.rjust(4) b'   a'
# expect: b'a'.zfill(4) b'000a'
# expect: b'a'.center(7) b'   a   '
# expect: b'a'.ljust(7, b'.') b'a......'
# expect: b'a'.rjust(7) b'      a'
# expect: b'a'.zfill(7) b'000000a'
# expect: strip b'a'
# expect: split [b'a']
# expect: hex '61'
# expect: in True
# expect: in int True
# expect: b'+5'.center(0) b'+5'
# expect: b'+5'.ljust(0, b'.') b'+5'
# expect: b'+5'.rjust(0) b'+5'
# expect: b'+5'.zfill(0) b'+5'
# expect: b'+5'.center(2) b'+5'
# expect: b'+5'.ljust(2, b'.') b'+5'
# expect: b'+5'.rjust(2) b'+5'
# expect: b'+5'.zfill(2) b'+5'
# expect: b'+5'.center(4) b' +5 '
# expect: b'+5'.ljust(4, b'.') b'+5..'
# expect: b'+5'.rjust(4) b'  +5'
# expect: b'+5'.zfill(4) b'+005'
# expect: b'+5'.center(7) b'   +5  '
# expect: b'+5'.ljust(7, b'.') b'+5.....'
# expect: b'+5'.rjust(7) b'     +5'
# expect: b'+5'.zfill(7) b'+000005'
# expect: strip b'+5'
# expect: split [b'+5']
# expect: hex '2b35'
# expect: in False
# expect: in int False
# expect: b'-'.center(0) b'-'
# expect: b'-'.ljust(0, b'.') b'-'
# expect: b'-'.rjust(0) b'-'
# expect: b'-'.zfill(0) b'-'
# expect: b'-'.center(2) b'- '
# expect: b'-'.ljust(2, b'.') b'-.'
# expect: b'-'.rjust(2) b' -'
# expect: b'-'.zfill(2) b'-0'
# expect: b'-'.center(4) b' -  '
# expect: b'-'.ljust(4, b'.') b'-...'
# expect: b'-'.rjust(4) b'   -'
# expect: b'-'.zfill(4) b'-000'
# expect: b'-'.center(7) b'   -   '
# expect: b'-'.ljust(7, b'.') b'-......'
# expect: b'-'.rjust(7) b'      -'
# expect: b'-'.zfill(7) b'-000000'
# expect: strip b'-'
# expect: split [b'-']
# expect: hex '2d'
# expect: in False
# expect: in int False
# expect: b' ab '.center(0) b' ab '
# expect: b' ab '.ljust(0, b'.') b' ab '
# expect: b' ab '.rjust(0) b' ab '
# expect: b' ab '.zfill(0) b' ab '
# expect: b' ab '.center(2) b' ab '
# expect: b' ab '.ljust(2, b'.') b' ab '
# expect: b' ab '.rjust(2) b' ab '
# expect: b' ab '.zfill(2) b' ab '
# expect: b' ab '.center(4) b' ab '
# expect: b' ab '.ljust(4, b'.') b' ab '
# expect: b' ab '.rjust(4) b' ab '
# expect: b' ab '.zfill(4) b' ab '
# expect: b' ab '.center(7) b'   ab  '
# expect: b' ab '.ljust(7, b'.') b' ab ...'
# expect: b' ab '.rjust(7) b'    ab '
# expect: b' ab '.zfill(7) b'000 ab '
# expect: strip b'ab'
# expect: split [b'ab']
# expect: hex '20616220'
# expect: in True
# expect: in int True
# expect: b'\xff\x00'.center(0) b'\xff\x00'
# expect: b'\xff\x00'.ljust(0, b'.') b'\xff\x00'
# expect: b'\xff\x00'.rjust(0) b'\xff\x00'
# expect: b'\xff\x00'.zfill(0) b'\xff\x00'
# expect: b'\xff\x00'.center(2) b'\xff\x00'
# expect: b'\xff\x00'.ljust(2, b'.') b'\xff\x00'
# expect: b'\xff\x00'.rjust(2) b'\xff\x00'
# expect: b'\xff\x00'.zfill(2) b'\xff\x00'
# expect: b'\xff\x00'.center(4) b' \xff\x00 '
# expect: b'\xff\x00'.ljust(4, b'.') b'\xff\x00..'
# expect: b'\xff\x00'.rjust(4) b'  \xff\x00'
# expect: b'\xff\x00'.zfill(4) b'00\xff\x00'
# expect: b'\xff\x00'.center(7) b'   \xff\x00  '
# expect: b'\xff\x00'.ljust(7, b'.') b'\xff\x00.....'
# expect: b'\xff\x00'.rjust(7) b'     \xff\x00'
# expect: b'\xff\x00'.zfill(7) b'00000\xff\x00'
# expect: strip b'\xff\x00'
# expect: split [b'\xff\x00']
# expect: hex 'ff00'
# expect: in False
# expect: in int False
# expect: b'\t x\x0b'.center(0) b'\t x\x0b'
# expect: b'\t x\x0b'.ljust(0, b'.') b'\t x\x0b'
# expect: b'\t x\x0b'.rjust(0) b'\t x\x0b'
# expect: b'\t x\x0b'.zfill(0) b'\t x\x0b'
# expect: b'\t x\x0b'.center(2) b'\t x\x0b'
# expect: b'\t x\x0b'.ljust(2, b'.') b'\t x\x0b'
# expect: b'\t x\x0b'.rjust(2) b'\t x\x0b'
# expect: b'\t x\x0b'.zfill(2) b'\t x\x0b'
# expect: b'\t x\x0b'.center(4) b'\t x\x0b'
# expect: b'\t x\x0b'.ljust(4, b'.') b'\t x\x0b'
# expect: b'\t x\x0b'.rjust(4) b'\t x\x0b'
# expect: b'\t x\x0b'.zfill(4) b'\t x\x0b'
# expect: b'\t x\x0b'.center(7) b'  \t x\x0b '
# expect: b'\t x\x0b'.ljust(7, b'.') b'\t x\x0b...'
# expect: b'\t x\x0b'.rjust(7) b'   \t x\x0b'
# expect: b'\t x\x0b'.zfill(7) b'000\t x\x0b'
# expect: strip b'x'
# expect: split [b'x']
# expect: hex '0920780b'
# expect: in False
# expect: in int False
# expect: 5 6 7
# expect: 000102030405060708090a0b0c0d0e0f10111213 f6f7f8f9fafbfcfdfeff
# expect: TypeError The fill character must be exactly one character long
# expect: TypeError The fill character must be exactly one character long
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError center() argument 2 must be a byte string of length 1, not str
# expect: TypeError ljust() argument 2 must be a byte string of length 1, not bytes
# expect: TypeError 'in <string>' requires string as left operand, not int
# expect: TypeError 'in <string>' requires string as left operand, not NoneType
# expect: TypeError a bytes-like object is required, not 'str'
# expect: ValueError empty separator
# expect: TypeError must be str or None, not int
# expect: TypeError strip arg must be None or str
# expect: TypeError a bytes-like object is required, not 'int'
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError lstrip arg must be None or str
# expect: TypeError rstrip arg must be None or str
# expect: TypeError The fill character must be a unicode character, not int
# expect: TypeError center() argument 2 must be a byte string of length 1, not int
# expect: TypeError center() argument 2 must be a byte string of length 1, not bytes
# expect: TypeError The fill character must be exactly one character long
# expect: b'xxxab' ab b'ab' a
# expect: b  bé b'bb'
# expect: 0  True True -
# expect: 1 a True True a
# expect: 2 ab True True b
# expect: 3 abc True True c
# expect: 4 abcd True True d
# expect: 5 abcde True True e
# expect: 7 abcdefg True True g
# expect: 8 abcdefgh True True h
# expect: 9 abcdefghi True True i
# expect: 1 é True True é
# expect: 2 日本 True True 本
# expect: 15 abcdefghijklmno True True o
# expect: 16 abcdefghijklmnop True True p
# expect: 17 abcdefghijklmnopq True True q
# expect: 9 üüüüüüüüü True True ü
# expect: 1 a True True a
# expect: 2 aa True True a
# expect: 3 aab True True b
# expect: 4 aabc True True c
# expect: 5 aabcd True True d
# expect: 6 aabcde True True e
# expect: 8 aabcdefg True True g
# expect: 9 aabcdefgh True True h
# expect: 10 aabcdefghi True True i
# expect: 2 aé True True é
# expect: 3 a日本 True True 本
# expect: 16 aabcdefghijklmno True True o
# expect: 17 aabcdefghijklmnop True True p
# expect: 18 aabcdefghijklmnopq True True q
# expect: 10 aüüüüüüüüü True True ü
# expect: 2 ab True True b
# expect: 3 aba True True a
# expect: 4 abab True True b
# expect: 5 ababc True True c
# expect: 6 ababcd True True d
# expect: 7 ababcde True True e
# expect: 9 ababcdefg True True g
# expect: 10 ababcdefgh True True h
# expect: 11 ababcdefghi True True i
# expect: 3 abé True True é
# expect: 4 ab日本 True True 本
# expect: 17 ababcdefghijklmno True True o
# expect: 18 ababcdefghijklmnop True True p
# expect: 19 ababcdefghijklmnopq True True q
# expect: 11 abüüüüüüüüü True True ü
# expect: 3 abc True True c
# expect: 4 abca True True a
# expect: 5 abcab True True b
# expect: 6 abcabc True True c
# expect: 7 abcabcd True True d
# expect: 8 abcabcde True True e
# expect: 10 abcabcdefg True True g
# expect: 11 abcabcdefgh True True h
# expect: 12 abcabcdefghi True True i
# expect: 4 abcé True True é
# expect: 5 abc日本 True True 本
# expect: 18 abcabcdefghijklmno True True o
# expect: 19 abcabcdefghijklmnop True True p
# expect: 20 abcabcdefghijklmnopq True True q
# expect: 12 abcüüüüüüüüü True True ü
# expect: 4 abcd True True d
# expect: 5 abcda True True a
# expect: 6 abcdab True True b
# expect: 7 abcdabc True True c
# expect: 8 abcdabcd True True d
# expect: 9 abcdabcde True True e
# expect: 11 abcdabcdefg True True g
# expect: 12 abcdabcdefgh True True h
# expect: 13 abcdabcdefghi True True i
# expect: 5 abcdé True True é
# expect: 6 abcd日本 True True 本
# expect: 19 abcdabcdefghijklmno True True o
# expect: 20 abcdabcdefghijklmnop True True p
# expect: 21 abcdabcdefghijklmnopq True True q
# expect: 13 abcdüüüüüüüüü True True ü
# expect: 5 abcde True True e
# expect: 6 abcdea True True a
# expect: 7 abcdeab True True b
# expect: 8 abcdeabc True True c
# expect: 9 abcdeabcd True True d
# expect: 10 abcdeabcde True True e
# expect: 12 abcdeabcdefg True True g
# expect: 13 abcdeabcdefgh True True h
# expect: 14 abcdeabcdefghi True True i
# expect: 6 abcdeé True True é
# expect: 7 abcde日本 True True 本
# expect: 20 abcdeabcdefghijklmno True True o
# expect: 21 abcdeabcdefghijklmnop True True p
# expect: 22 abcdeabcdefghijklmnopq True True q
# expect: 14 abcdeüüüüüüüüü True True ü
# expect: 7 abcdefg True True g
# expect: 8 abcdefga True True a
# expect: 9 abcdefgab True True b
# expect: 10 abcdefgabc True True c
# expect: 11 abcdefgabcd True True d
# expect: 12 abcdefgabcde True True e
# expect: 14 abcdefgabcdefg True True g
# expect: 15 abcdefgabcdefgh True True h
# expect: 16 abcdefgabcdefghi True True i
# expect: 8 abcdefgé True True é
# expect: 9 abcdefg日本 True True 本
# expect: 22 abcdefgabcdefghijklmno True True o
# expect: 23 abcdefgabcdefghijklmnop True True p
# expect: 24 abcdefgabcdefghijklmnopq True True q
# expect: 16 abcdefgüüüüüüüüü True True ü
# expect: 8 abcdefgh True True h
# expect: 9 abcdefgha True True a
# expect: 10 abcdefghab True True b
# expect: 11 abcdefghabc True True c
# expect: 12 abcdefghabcd True True d
# expect: 13 abcdefghabcde True True e
# expect: 15 abcdefghabcdefg True True g
# expect: 16 abcdefghabcdefgh True True h
# expect: 17 abcdefghabcdefghi True True i
# expect: 9 abcdefghé True True é
# expect: 10 abcdefgh日本 True True 本
# expect: 23 abcdefghabcdefghijklmno True True o
# expect: 24 abcdefghabcdefghijklmnop True True p
# expect: 25 abcdefghabcdefghijklmnopq True True q
# expect: 17 abcdefghüüüüüüüüü True True ü
# expect: 9 abcdefghi True True i
# expect: 10 abcdefghia True True a
# expect: 11 abcdefghiab True True b
# expect: 12 abcdefghiabc True True c
# expect: 13 abcdefghiabcd True True d
# expect: 14 abcdefghiabcde True True e
# expect: 16 abcdefghiabcdefg True True g
# expect: 17 abcdefghiabcdefgh True True h
# expect: 18 abcdefghiabcdefghi True True i
# expect: 10 abcdefghié True True é
# expect: 11 abcdefghi日本 True True 本
# expect: 24 abcdefghiabcdefghijklmno True True o
# expect: 25 abcdefghiabcdefghijklmnop True True p
# expect: 26 abcdefghiabcdefghijklmnopq True True q
# expect: 18 abcdefghiüüüüüüüüü True True ü
# expect: 1 é True True é
# expect: 2 éa True True a
# expect: 3 éab True True b
# expect: 4 éabc True True c
# expect: 5 éabcd True True d
# expect: 6 éabcde True True e
# expect: 8 éabcdefg True True g
# expect: 9 éabcdefgh True True h
# expect: 10 éabcdefghi True True i
# expect: 2 éé True True é
# expect: 3 é日本 True True 本
# expect: 16 éabcdefghijklmno True True o
# expect: 17 éabcdefghijklmnop True True p
# expect: 18 éabcdefghijklmnopq True True q
# expect: 10 éüüüüüüüüü True True ü
# expect: 2 日本 True True 本
# expect: 3 日本a True True a
# expect: 4 日本ab True True b
# expect: 5 日本abc True True c
# expect: 6 日本abcd True True d
# expect: 7 日本abcde True True e
# expect: 9 日本abcdefg True True g
# expect: 10 日本abcdefgh True True h
# expect: 11 日本abcdefghi True True i
# expect: 3 日本é True True é
# expect: 4 日本日本 True True 本
# expect: 17 日本abcdefghijklmno True True o
# expect: 18 日本abcdefghijklmnop True True p
# expect: 19 日本abcdefghijklmnopq True True q
# expect: 11 日本üüüüüüüüü True True ü
# expect: 15 abcdefghijklmno True True o
# expect: 16 abcdefghijklmnoa True True a
# expect: 17 abcdefghijklmnoab True True b
# expect: 18 abcdefghijklmnoabc True True c
# expect: 19 abcdefghijklmnoabcd True True d
# expect: 20 abcdefghijklmnoabcde True True e
# expect: 22 abcdefghijklmnoabcdefg True True g
# expect: 23 abcdefghijklmnoabcdefgh True True h
# expect: 24 abcdefghijklmnoabcdefghi True True i
# expect: 16 abcdefghijklmnoé True True é
# expect: 17 abcdefghijklmno日本 True True 本
# expect: 30 abcdefghijklmnoabcdefghijklmno True True o
# expect: 31 abcdefghijklmnoabcdefghijklmnop True True p
# expect: 32 abcdefghijklmnoabcdefghijklmnopq True True q
# expect: 24 abcdefghijklmnoüüüüüüüüü True True ü
# expect: 16 abcdefghijklmnop True True p
# expect: 17 abcdefghijklmnopa True True a
# expect: 18 abcdefghijklmnopab True True b
# expect: 19 abcdefghijklmnopabc True True c
# expect: 20 abcdefghijklmnopabcd True True d
# expect: 21 abcdefghijklmnopabcde True True e
# expect: 23 abcdefghijklmnopabcdefg True True g
# expect: 24 abcdefghijklmnopabcdefgh True True h
# expect: 25 abcdefghijklmnopabcdefghi True True i
# expect: 17 abcdefghijklmnopé True True é
# expect: 18 abcdefghijklmnop日本 True True 本
# expect: 31 abcdefghijklmnopabcdefghijklmno True True o
# expect: 32 abcdefghijklmnopabcdefghijklmnop True True p
# expect: 33 abcdefghijklmnopabcdefghijklmnopq True True q
# expect: 25 abcdefghijklmnopüüüüüüüüü True True ü
# expect: 17 abcdefghijklmnopq True True q
# expect: 18 abcdefghijklmnopqa True True a
# expect: 19 abcdefghijklmnopqab True True b
# expect: 20 abcdefghijklmnopqabc True True c
# expect: 21 abcdefghijklmnopqabcd True True d
# expect: 22 abcdefghijklmnopqabcde True True e
# expect: 24 abcdefghijklmnopqabcdefg True True g
# expect: 25 abcdefghijklmnopqabcdefgh True True h
# expect: 26 abcdefghijklmnopqabcdefghi True True i
# expect: 18 abcdefghijklmnopqé True True é
# expect: 19 abcdefghijklmnopq日本 True True 本
# expect: 32 abcdefghijklmnopqabcdefghijklmno True True o
# expect: 33 abcdefghijklmnopqabcdefghijklmnop True True p
# expect: 34 abcdefghijklmnopqabcdefghijklmnopq True True q
# expect: 26 abcdefghijklmnopqüüüüüüüüü True True ü
# expect: 9 üüüüüüüüü True True ü
# expect: 10 üüüüüüüüüa True True a
# expect: 11 üüüüüüüüüab True True b
# expect: 12 üüüüüüüüüabc True True c
# expect: 13 üüüüüüüüüabcd True True d
# expect: 14 üüüüüüüüüabcde True True e
# expect: 16 üüüüüüüüüabcdefg True True g
# expect: 17 üüüüüüüüüabcdefgh True True h
# expect: 18 üüüüüüüüüabcdefghi True True i
# expect: 10 üüüüüüüüüé True True é
# expect: 11 üüüüüüüüü日本 True True 本
# expect: 24 üüüüüüüüüabcdefghijklmno True True o
# expect: 25 üüüüüüüüüabcdefghijklmnop True True p
# expect: 26 üüüüüüüüüabcdefghijklmnopq True True q
# expect: 18 üüüüüüüüüüüüüüüüüü True True ü
