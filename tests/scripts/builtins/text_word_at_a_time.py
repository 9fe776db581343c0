# Text copied, case-mapped and counted eight bytes at a time: upper()/lower() of ASCII str and
# bytes of every length around the word size (the letters' range edges '@', '[', '`', '{' and
# bytes from 0x80 up unchanged); join() and f-strings of short pieces and separators of every
# size; replace() of one byte by another (count, no match, non-ASCII receivers, bytes); len()
# of non-ASCII text whose characters straddle the words.

edges = "@AZ[`az{~\x7f09 "
for n in range(0, 20):
    s = (edges * 3)[:n]
    u, l = s.upper(), s.lower()
    print(n, repr(u), repr(l), len(u), u == "".join(c.upper() for c in s), l == "".join(c.lower() for c in s))
every = bytes(range(256))
print(every.upper() == bytes(c - 32 if 97 <= c <= 122 else c for c in every))
print(every.lower() == bytes(c + 32 if 65 <= c <= 90 else c for c in every))
for n in (1, 7, 8, 9, 16, 17):
    b = (b"a\xe1Z\xfa\x80z{`" * 3)[:n]
    print(b.upper(), b.lower())
print("Straße".upper(), "ÀÉÎõü".lower(), "aé".upper(), len("ß".upper()))

words = ["", "a", "bc", "def", "ghij", "klmno", "pqrstuvw", "xyz0123456789", "A" * 16, "B" * 17, "é", "日本"]
for sep in ("", "-", ", ", "<=>", "é", " and then "):
    joined = sep.join(words)
    print(repr(joined), len(joined))
    print(*[len(sep.join(words[k:k + 3])) for k in range(len(words))])
print(b"|".join([b"", b"\x00\xff", b"12345678", b"123456789abcdefgh"]), b"".join([b"x"]))
for i in (0, 5, -5, 12345678, -9223372036854775808, 2**64):
    s = f"{i}|{i}:{'ab'}{i}{'é'}"
    print(s, len(s))

for t in ("", "-", "a-b", "--", "item-123/5", "é-ü-日", "x" * 20 + "-"):
    r = t.replace("-", "+")
    print(repr(r), len(r), r is t, t.replace("-", "+", 1), t.replace("-", "+", 0) is t,
          t.replace("-", "+", -2), t.replace("q", "+") is t, len(t.replace("-", "é")))
print(b"a-b-c".replace(b"-", b"+", 1), b"\xff\x00\xff".replace(b"\xff", b"\x01"), b"".replace(b"a", b"b"))
for bad in (10**30, -10**30):
    try:
        "a-b".replace("-", "+", bad)
    except OverflowError as e:
        print("OverflowError", e)

for base in ("aé", "日本語", "\U0001f600x", "ab\u00e9cdefg", "abcdefg\u00e9"):
    made = ["".join([base] * n) for n in range(1, 7)]  # not ASCII: counted by len()
    print(*[(len(s), len(s[1:])) for s in made])
t = "".join(chr(0x3b1 + k % 20) + "q" for k in range(50))
print(len(t), len(t.upper()), len(t[3:]), len("-".join([t, "é"])))

# expect: 0 '' '' 0 True True
# expect: 1 '@' '@' 1 True True
# expect: 2 '@A' '@a' 2 True True
# expect: 3 '@AZ' '@az' 3 True True
# expect: 4 '@AZ[' '@az[' 4 True True
# expect: 5 '@AZ[`' '@az[`' 5 True True
# expect: 6 '@AZ[`A' '@az[`a' 6 True True
# expect: 7 '@AZ[`AZ' '@az[`az' 7 True True
# expect: 8 '@AZ[`AZ{' '@az[`az{' 8 True True
# expect: 9 '@AZ[`AZ{~' '@az[`az{~' 9 True True
# expect: 10 '@AZ[`AZ{~\x7f' '@az[`az{~\x7f' 10 True True
# expect: 11 '@AZ[`AZ{~\x7f0' '@az[`az{~\x7f0' 11 True True
# expect: 12 '@AZ[`AZ{~\x7f09' '@az[`az{~\x7f09' 12 True True
# expect: 13 '@AZ[`AZ{~\x7f09 ' '@az[`az{~\x7f09 ' 13 True True
# expect: 14 '@AZ[`AZ{~\x7f09 @' '@az[`az{~\x7f09 @' 14 True True
# expect: 15 '@AZ[`AZ{~\x7f09 @A' '@az[`az{~\x7f09 @a' 15 True True
# expect: 16 '@AZ[`AZ{~\x7f09 @AZ' '@az[`az{~\x7f09 @az' 16 True True
# expect: 17 '@AZ[`AZ{~\x7f09 @AZ[' '@az[`az{~\x7f09 @az[' 17 True True
# expect: 18 '@AZ[`AZ{~\x7f09 @AZ[`' '@az[`az{~\x7f09 @az[`' 18 True True
# expect: 19 '@AZ[`AZ{~\x7f09 @AZ[`A' '@az[`az{~\x7f09 @az[`a' 19 True True
# expect: True
# expect: True
# expect: b'A' b'a'
# expect: b'A\xe1Z\xfa\x80Z{' b'a\xe1z\xfa\x80z{'
# expect: b'A\xe1Z\xfa\x80Z{`' b'a\xe1z\xfa\x80z{`'
# expect: b'A\xe1Z\xfa\x80Z{`A' b'a\xe1z\xfa\x80z{`a'
# expect: b'A\xe1Z\xfa\x80Z{`A\xe1Z\xfa\x80Z{`' b'a\xe1z\xfa\x80z{`a\xe1z\xfa\x80z{`'
# expect: b'A\xe1Z\xfa\x80Z{`A\xe1Z\xfa\x80Z{`A' b'a\xe1z\xfa\x80z{`a\xe1z\xfa\x80z{`a'
# expect: STRASSE àéîõü AÉ 2
# expect: 'abcdefghijklmnopqrstuvwxyz0123456789AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBBé日本' 72
# expect: 3 6 9 12 17 26 37 46 34 20 3 2
# expect: '-a-bc-def-ghij-klmno-pqrstuvw-xyz0123456789-AAAAAAAAAAAAAAAA-BBBBBBBBBBBBBBBBB-é-日本' 83
# expect: 5 8 11 14 19 28 39 48 36 22 4 2
# expect: ', a, bc, def, ghij, klmno, pqrstuvw, xyz0123456789, AAAAAAAAAAAAAAAA, BBBBBBBBBBBBBBBBB, é, 日本' 94
# expect: 7 10 13 16 21 30 41 50 38 24 5 2
# expect: '<=>a<=>bc<=>def<=>ghij<=>klmno<=>pqrstuvw<=>xyz0123456789<=>AAAAAAAAAAAAAAAA<=>BBBBBBBBBBBBBBBBB<=>é<=>日本' 105
# expect: 9 12 15 18 23 32 43 52 40 26 6 2
# expect: 'éaébcédeféghijéklmnoépqrstuvwéxyz0123456789éAAAAAAAAAAAAAAAAéBBBBBBBBBBBBBBBBBééé日本' 83
# expect: 5 8 11 14 19 28 39 48 36 22 4 2
# expect: ' and then a and then bc and then def and then ghij and then klmno and then pqrstuvw and then xyz0123456789 and then AAAAAAAAAAAAAAAA and then BBBBBBBBBBBBBBBBB and then é and then 日本' 182
# expect: 23 26 29 32 37 46 57 66 54 40 13 2
# expect: b'|\x00\xff|12345678|123456789abcdefgh' b'x'
# expect: 0|0:ab0é 8
# expect: 5|5:ab5é 8
# expect: -5|-5:ab-5é 11
# expect: 12345678|12345678:ab12345678é 29
# expect: -9223372036854775808|-9223372036854775808:ab-9223372036854775808é 65
# expect: 18446744073709551616|18446744073709551616:ab18446744073709551616é 65
# expect: '' 0 True  True  True 0
# expect: '+' 1 False + True + True 1
# expect: 'a+b' 3 False a+b True a+b True 3
# expect: '++' 2 False +- True ++ True 2
# expect: 'item+123/5' 10 False item+123/5 True item+123/5 True 10
# expect: 'é+ü+日' 5 False é+ü-日 True é+ü+日 True 5
# expect: 'xxxxxxxxxxxxxxxxxxxx+' 21 False xxxxxxxxxxxxxxxxxxxx+ True xxxxxxxxxxxxxxxxxxxx+ True 21
# expect: b'a+b-c' b'\x01\x00\x01' b''
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: (2, 1) (4, 3) (6, 5) (8, 7) (10, 9) (12, 11)
# expect: (3, 2) (6, 5) (9, 8) (12, 11) (15, 14) (18, 17)
# expect: (2, 1) (4, 3) (6, 5) (8, 7) (10, 9) (12, 11)
# expect: (8, 7) (16, 15) (24, 23) (32, 31) (40, 39) (48, 47)
# expect: (8, 7) (16, 15) (24, 23) (32, 31) (40, 39) (48, 47)
# expect: 100 100 97 102
