# bytearray: construction, repr, indexing and slicing, conversions, operators against bytes,
# and the read-only methods it shares with bytes (which return bytearrays), as CPython 3.11.
# args: --gil newgil
# args: --gil nogil
# expect: empty bytearray(b'')
# expect: count bytearray(b'\x00\x00\x00')
# expect: bytes bytearray(b'ab\x00\xff')
# expect: str bytearray(b'h\xc3\xa9')
# expect: latin bytearray(b'h\xe9')
# expect: kw bytearray(b'x')
# expect: ints bytearray(b'\x00A\xff')
# expect: range bytearray(b'abc')
# expect: gen bytearray(b'\x00\x02\x04\x06')
# expect: copy bytearray(b'xy')
# expect: bool bytearray(b'\x00')
# expect: bytearray(b'q\'"\n\x80z') bytearray(b'q\'"\n\x80z') 6 True False
# expect: bytearray True True False
# expect: False bytearray_iterator
# expect: True False True True True
# expect: [104, 101, 108, 108, 111] [97, 98] 1116
# expect: 104 100 111 104
# expect: bytearray(b'ell') bytearray(b'dlrow olleh') bytearray(b'hlowrd') bytearray(b'rld') bytearray(b'rwo') bytearray(b'hello world') bytearray(b'')
# expect: bytearray False True
# expect: [99, 98, 97] [(0, 104), (1, 105)]
# expect: b'hello world' bytes b'' [1, 2]
# expect: hello world hello world € x
# expect: 42 255 65
# expect: 68656c6c6f20776f726c64 bytearray(b'\xde\xad\xbe\xef') bytearray
# expect: b'a-b' bytearray(b'a-b')
# expect: bytearray(b'p, q') bytearray(b'')
# expect: bytearray(b'abcd') b'cdab' bytearray(b'abab') bytearray bytes
# expect: bytearray(b'ababab') bytearray(b'abab') bytearray(b'') bytearray(b'') bytearray
# expect: True True False True False False
# expect: True True True True False
# expect: [b'a', bytearray(b'b'), bytearray(b'c')] b'b'
# expect: bytearray(b'5-x') bytearray
# expect: bytearray(b'Hello, World') bytearray(b'Hello, World  ') bytearray(b'  Hello, World') bytearray(b'ello, World') bytearray(b'  HELLO, WORLD  ') bytearray(b'  hello, world  ')
# expect: [bytearray(b'Hello,'), bytearray(b'World')] [bytearray(b'  Hello'), bytearray(b' World  ')] [bytearray(b'  Hello, World'), bytearray(b''), bytearray(b'')] [bytearray(b'  Hell'), bytearray(b', World  ')]
# expect: 6 10 6 9 12 3 3
# expect: True True True
# expect: bytearray(b'  HeLLo, WorLd  ') bytearray(b'  Heo, World  ') (bytearray(b'  Hello'), bytearray(b','), bytearray(b' World  ')) (bytearray(b'  Hello, W'), bytearray(b'o'), bytearray(b'rld  '))
# expect: bytearray(b'**ab**') bytearray(b'ab  ') bytearray(b'00ab')
# expect: bytearray(b'-007') [bytearray(b'a'), bytearray(b'b'), bytearray(b'c')] bytearray(b'x')
# expect: bytearray(b'x') True True
# expect: True True True True
# expect: True 2 [b'a', b'b']
# expect: True b'zyz'
# expect: bytearray(b's') bytearray(b'U')
# expect: False False True
# expect: bytearray(b's') bytearray(b'f') bytearray(b'p') bytearray(b'q')
# expect: b'x|y|z' b'm'
# expect: True True True
# expect: True 1
# expect: [bytearray(b'sent'), b'too']
# expect: b'raw'

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

# construction
show("empty", lambda: bytearray())
show("count", lambda: bytearray(3))
show("bytes", lambda: bytearray(b"ab\x00\xff"))
show("str", lambda: bytearray("h\xe9", "utf-8"))
show("latin", lambda: bytearray("h\xe9", "latin-1"))
show("kw", lambda: bytearray(source="x", encoding="ascii"))
show("ints", lambda: bytearray([0, 65, 255]))
show("range", lambda: bytearray(range(97, 100)))
show("gen", lambda: bytearray(i * 2 for i in range(4)))
show("copy", lambda: bytearray(bytearray(b"xy")))
show("bool", lambda: bytearray(True))
# repr, str, len, truth, type
ba = bytearray(b"q'\"\n\x80z")
print(repr(ba), str(ba), len(ba), bool(ba), bool(bytearray()))
print(type(ba).__name__, type(ba) is bytearray, isinstance(ba, bytearray), isinstance(ba, bytes))
print(isinstance(b"", bytearray), type(iter(ba)).__name__)
# membership, iteration, indexing
ba = bytearray(b"hello world")
print(104 in ba, 122 in ba, b"lo w" in ba, bytearray(b"wor") in ba, b"" in ba)
print(list(ba)[:5], [c for c in bytearray(b"ab")], sum(ba))
print(ba[0], ba[-1], ba[4], ba[-11])
print(ba[1:4], ba[::-1], ba[::2], ba[-3:], ba[8:2:-2], ba[:], ba[20:])
print(type(ba[1:3]).__name__, ba[:] is ba, ba[:] == ba)
print(list(reversed(bytearray(b"abc"))), list(enumerate(bytearray(b"hi"))))
# conversions
print(bytes(ba), type(bytes(ba)).__name__, bytes(bytearray()), list(bytearray(b"\x01\x02")))
print(ba.decode(), ba.decode("ascii"), bytearray("\u20ac", "utf-8").decode("utf-8"), str(bytearray(b"x"), "ascii"))
print(int(bytearray(b"42")), int(bytearray(b"ff"), 16), ord(bytearray(b"A")))
print(ba.hex(), bytearray.fromhex("de ad BE EF"), type(bytearray.fromhex("00")).__name__)
print(b"-".join([b"a", bytearray(b"b")]), bytearray(b"-").join([b"a", bytearray(b"b")]))
print(bytearray(b", ").join(x for x in [b"p", b"q"]), bytearray(b"").join([]))
# operators
a, b = bytearray(b"ab"), b"cd"
print(a + b, b + a, a + a, type(a + b).__name__, type(b + a).__name__)
print(a * 3, 2 * a, a * 0, a * -1, type(a * 2).__name__)
print(a == b"ab", b"ab" == a, a != b"ab", a == bytearray(b"ab"), a == "ab", a == [97, 98])
print(a < b, b > a, a <= bytearray(b"ab"), bytearray(b"b") > b"abc", a >= b"ac")
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]), max(bytearray(b"az"), b"b"))
print(bytearray(b"%d-%s") % (5, b"x"), type(bytearray(b"%s") % b"y").__name__)
# read-only methods shared with bytes
t = bytearray(b"  Hello, World  ")
print(t.strip(), t.lstrip(), t.rstrip(), t.strip(b" H"), t.upper(), t.lower())
print(t.split(), t.split(b","), t.rsplit(b" ", 2), t.split(bytearray(b"o"), 1))
print(t.find(b"o"), t.rfind(b"o"), t.find(111), t.index(b"W"), t.rindex(b"l"), t.count(b"l"), t.count(108))
print(t.startswith(b"  H"), t.endswith(bytearray(b"  ")), t.startswith((b"x", bytearray(b" "))))
print(t.replace(b"l", b"L"), t.replace(b"l", bytearray(b""), 2), t.partition(b","), t.rpartition(b"o"))
print(bytearray(b"ab").center(6, b"*"), bytearray(b"ab").ljust(4), bytearray(b"ab").rjust(4, b"0"))
print(bytearray(b"-7").zfill(4), bytearray(b"a\nb\r\nc").splitlines(), bytearray(b"x.py").removesuffix(b".py"))
print(bytearray(b"pre_x").removeprefix(bytearray(b"pre_")), bytearray(b"abc").isalpha(), bytearray(b"12").isdigit())
print(bytearray(b" ").isspace(), bytearray(b"a1").isalnum(), bytearray(b"AB").isupper(), bytearray(b"ab").islower())
print(bytearray(b"Ab Cd").istitle(), b"abc".find(bytearray(b"c")), b"a,b".split(bytearray(b",")))
print(b"abc".startswith(bytearray(b"ab")), b"xyx".replace(bytearray(b"x"), bytearray(b"z")))
print(bytearray.strip(bytearray(b" s ")), bytearray.upper(bytearray(b"u")))
same = bytearray(b"keep")
print(same.strip() is same, same.replace(b"z", b"y") is same, same.strip() == same)
# formatting and transport
print(str(bytearray(b"s")), f"{bytearray(b'f')}", "%s" % bytearray(b"p"), "%r" % bytearray(b"q"))
print(b"%s|%b|%c" % (bytearray(b"x"), bytearray(b"y"), bytearray(b"z")), b"%s" % bytearray(b"m"))
print(bytearray(b"abc") in [b"abc"], b"abc" in [bytearray(b"abc")], [bytearray(b"a")] == [b"a"])
print((bytearray(b"a"),) < (b"b",), {b"k": 1}.get(bytes(bytearray(b"k"))))
from multiprocessing import Pipe
left, right = Pipe()
left.send([bytearray(b"sent"), b"too"])
print(right.recv())
left.send_bytes(bytearray(b"raw"))
print(right.recv_bytes())
