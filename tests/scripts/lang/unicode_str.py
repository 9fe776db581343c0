# str holds code points: len, indexing, slicing, iteration, ord/chr, encode/decode and
# formatting widths count characters, not UTF-8 bytes.
check = "✓"
print(check, len(check))  # expect: ✓ 1
s = "naïve café 🎉"
print(len(s), s[2], s[-1], s[6:10], s[:5], s[-2:], s[11:], s[100:])  # expect: 12 ï 🎉 café naïve  🎉 🎉 
print([c for c in "añ✓"])  # expect: ['a', 'ñ', '✓']
print(ord("é"), ord("✓"), ord("🎉"), chr(233), chr(10003), chr(127881))  # expect: 233 10003 127881 é ✓ 🎉
print("✓" in s, "🎉" in s, s.find("café"), s.index("🎉"), s.count("é"), s.rfind("a"))  # expect: False True 6 11 1 7
print(s.upper(), "ÀÉÎ".lower(), "Ωμέγα".upper(), "ПРИВЕТ".lower())  # expect: NAÏVE CAFÉ 🎉 àéî ΩΜΈΓΑ привет
print("é".encode(), "✓".encode("utf-8"), len("🎉".encode()), b"caf\xc3\xa9".decode(), b"\xe2\x9c\x93".decode("utf-8"))
# expect: b'\xc3\xa9' b'\xe2\x9c\x93' 4 café ✓
print("abc".encode("ascii"), b"caf\xe9".decode("latin-1"), "é".encode("latin-1"))  # expect: b'abc' café b'\xe9'
print("日本語".split("本"), "a→b→c".split("→"), " ✓ ".strip(), "✓✓✓".replace("✓", "x"))
# expect: ['日', '語'] ['a', 'b', 'c'] ✓ xxx
print("✓".center(5, "·"), "é".rjust(3, "*"), "é".ljust(3) + "|", "🎉".zfill(3))  # expect: ··✓·· **é é  | 00🎉
print(f"[{'✓':^5}] [{'é':>3}] [{'日本':<4}]")  # expect: [  ✓  ] [  é] [日本  ]
print("{:*^7}".format("café"))  # expect: *café**
print(repr("é"), str("✓"), "é" + "✓", "✓" * 3, "é" < "✓", sorted(["✓", "a", "é"]))
# expect: 'é' ✓ é✓ ✓✓✓ True ['a', 'é', '✓']
print(ascii("✓é"), ascii(["🎉"]))  # expect: '\u2713\xe9' ['\U0001f389']
t = "παράδειγμα"
print(len(t), t[0], t[3:6], t.upper(), t.isalpha())  # expect: 10 π άδε ΠΑΡΆΔΕΙΓΜΑ True
