# strip(chars) byte by byte against a set of the characters' bytes (ASCII text, ASCII
# characters, bytes), and the decoding path for non-ASCII text and characters; the is...()
# predicates by a class table.
cases = [
    ("..,hello,..", ",."), ("times,", ",."), ("It", ",."), ("", ",."), (",.,", ",."),
    ("xxhéllo,x", "x,"), ("éaé", "é"), ("éaé", "éa"), ("aéa", "a"), ("ééxé", "é"),
    ("日本語日", "日"), ("日本語日", "本日"), ("\x80abc\x80", "\x80"), ("aé", "\xe9"),
    ("é", "\xc3"), ("xé", "\xa9"), ("  x ", " "), ("abc", ""), ("abc", "abc"),
    ("\x00a\x00", "\x00"), ("\x7fa\x7f", "\x7f"), ("😀ab😀", "😀"), ("a😀", "a"),
]
for text, chars in cases:
    print(repr(text.strip(chars)), repr(text.lstrip(chars)), repr(text.rstrip(chars)),
          len(text.strip(chars)))
s = "same"
print(s.strip("xyz") is s, s.strip(",.") is s)
for b, chars in [(b",ab,", b","), (b"\xff\x00a\xff", b"\xff"), (b"", b"a"), (b"aaa", b"a"),
                 (b"\x80\x81x\x81", b"\x80\x81")]:
    print(b.strip(chars), b.lstrip(chars), b.rstrip(chars))
print(bytearray(b"..x..").strip(b"."), b"..x..".strip(bytearray(b".")))
for call in [lambda: "a".strip(1), lambda: b"a".strip("a"), lambda: "a".strip(b"a"),
             lambda: "a".lstrip(1), lambda: "a".rstrip([])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("  x  ".strip(None), "\u3000x\xa0".strip(), repr("\x1cx\x1f".strip()))

# The predicates: ASCII by table; non-ASCII letters count as alphabetic (str only).
words = ["abc", "ABC", "ab1", "123", "", " ", "a b", "\t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f",
         "é", "éa", "a_b", "0x", "\x00", "\x7f", "Z9", "@", "[", "`", "{", "/", ":"]
for w in words:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isdecimal(),
          w.isnumeric())
for b in [b"abc", b"ab1", b"123", b"", b" \t", b"\x1c", b"\xe9", b"a\xe9", b"\x0b\x0c"]:
    print(b, b.isalpha(), b.isdigit(), b.isalnum(), b.isspace())
print("\xa0\u3000\u2028".isspace(), "\xa0x".isspace(), "\x85".isspace(), "é ".isspace())
print(bytearray(b" \t").isspace(), bytearray(b"ab").isalpha())

# expect: 'hello' 'hello,..' '..,hello' 5
# expect: 'times' 'times,' 'times' 5
# expect: 'It' 'It' 'It' 2
# expect: '' '' '' 0
# expect: '' '' '' 0
# expect: 'héllo' 'héllo,x' 'xxhéllo' 5
# expect: 'a' 'aé' 'éa' 1
# expect: '' '' '' 0
# expect: 'é' 'éa' 'aé' 1
# expect: 'x' 'xé' 'ééx' 1
# expect: '本語' '本語日' '日本語' 2
# expect: '語' '語日' '日本語' 1
# expect: 'abc' 'abc\x80' '\x80abc' 3
# expect: 'a' 'aé' 'a' 1
# expect: 'é' 'é' 'é' 1
# expect: 'xé' 'xé' 'xé' 2
# expect: 'x' 'x ' '  x' 1
# expect: 'abc' 'abc' 'abc' 3
# expect: '' '' '' 0
# expect: 'a' 'a\x00' '\x00a' 1
# expect: 'a' 'a\x7f' '\x7fa' 1
# expect: 'ab' 'ab😀' '😀ab' 2
# expect: '😀' '😀' 'a😀' 1
# expect: True True
# expect: b'ab' b'ab,' b',ab'
# expect: b'\x00a' b'\x00a\xff' b'\xff\x00a'
# expect: b'' b'' b''
# expect: b'' b'' b''
# expect: b'x' b'x\x81' b'\x80\x81x'
# expect: bytearray(b'x') b'x'
# expect: TypeError: strip arg must be None or str
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: strip arg must be None or str
# expect: TypeError: lstrip arg must be None or str
# expect: TypeError: rstrip arg must be None or str
# expect: x x 'x'
# expect: 'abc' True False True False False False
# expect: 'ABC' True False True False False False
# expect: 'ab1' False False True False False False
# expect: '123' False True True False True True
# expect: '' False False False False False False
# expect: ' ' False False False True False False
# expect: 'a b' False False False False False False
# expect: '\t\n\x0b\x0c\r' False False False True False False
# expect: '\x1c\x1d\x1e\x1f' False False False True False False
# expect: 'é' True False True False False False
# expect: 'éa' True False True False False False
# expect: 'a_b' False False False False False False
# expect: '0x' False False True False False False
# expect: '\x00' False False False False False False
# expect: '\x7f' False False False False False False
# expect: 'Z9' False False True False False False
# expect: '@' False False False False False False
# expect: '[' False False False False False False
# expect: '`' False False False False False False
# expect: '{' False False False False False False
# expect: '/' False False False False False False
# expect: ':' False False False False False False
# expect: b'abc' True False True False
# expect: b'ab1' False False True False
# expect: b'123' False True True False
# expect: b'' False False False False
# expect: b' \t' False False False True
# expect: b'\x1c' False False False False
# expect: b'\xe9' False False False False
# expect: b'a\xe9' False False False False
# expect: b'\x0b\x0c' False False False True
# expect: True False True False
# expect: True True
