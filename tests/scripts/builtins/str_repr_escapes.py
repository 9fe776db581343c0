# repr() of a str escapes what str.isprintable() refuses (the categories Cc, Cf, Cs, Co, Cn, Zl,
# Zp and Zs but for the ASCII space) as \xhh, \uhhhh or \Uhhhhhhhh, and keeps every other code
# point as it is; ascii() escapes all beyond ASCII. Every code point is checked by its sums.
# timeout: 30s
for s in ["a\xa0b", "\u2003", "\u200b", "\x7f", "\x85", "\xad", "\u2028", "\u2029", "\U0001F600",
          "\U000e0001", "\ue000", "\U0010ffff", "\u0378", "\xe9", "\u65e5\u672c", "\x00\x1f",
          "'\"", "\U0001D400", "\ufeff", "\ufffe", "\u3000", "\ud800", "a\udfffb", "\t\n\r\\"]:
    print(repr(s), ascii(s), s.isprintable(), len(repr(s)))
nbsp = "\xa0"
print("".isprintable(), " ".isprintable(), "\n".isprintable(), "abc\xe9".isprintable())
print(repr(["\xa0", ("\u2003",), {"\x85": "\u200b"}]), str(["\u200b"]), f"{nbsp!r}")
print("%r|%a" % ("\u2028", "\u2028"), "{!r}".format("\U000e0001"), repr("\xa0".encode()))
try:
    "\u2003x".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
count = 0
total = 0
length = 0
for c in range(0x110000):
    ch = chr(c)
    if not ch.isprintable():
        count += 1
        total += c
    length += len(repr(ch))
print(count, total, length)

# expect: 'a\xa0b' 'a\xa0b' False 8
# expect: '\u2003' '\u2003' False 8
# expect: '\u200b' '\u200b' False 8
# expect: '\x7f' '\x7f' False 6
# expect: '\x85' '\x85' False 6
# expect: '\xad' '\xad' False 6
# expect: '\u2028' '\u2028' False 8
# expect: '\u2029' '\u2029' False 8
# expect: '😀' '\U0001f600' True 3
# expect: '\U000e0001' '\U000e0001' False 12
# expect: '\ue000' '\ue000' False 8
# expect: '\U0010ffff' '\U0010ffff' False 12
# expect: '\u0378' '\u0378' False 8
# expect: 'é' '\xe9' True 3
# expect: '日本' '\u65e5\u672c' True 4
# expect: '\x00\x1f' '\x00\x1f' False 10
# expect: '\'"' '\'"' True 5
# expect: '𝐀' '\U0001d400' True 3
# expect: '\ufeff' '\ufeff' False 8
# expect: '\ufffe' '\ufffe' False 8
# expect: '\u3000' '\u3000' False 8
# expect: '\ud800' '\ud800' False 8
# expect: 'a\udfffb' 'a\udfffb' False 10
# expect: '\t\n\r\\' '\t\n\r\\' False 10
# expect: True True False True
# expect: ['\xa0', ('\u2003',), {'\x85': '\u200b'}] ['\u200b'] '\xa0'
# expect: '\u2028'|'\u2028' '\U000e0001' b'\xc2\xa0'
# expect: 'ascii' codec can't encode character '\u2003' in position 0: ordinal not in range(128)
# expect: 969596 605754534032 12028441
