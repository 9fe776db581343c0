# find/rfind/index/rindex of strs and bytes: the whole text searched in line without bounds,
# the window with them, an int byte, empty needles, absent needles (-1 or ValueError).
s = "héllo wörld hé"
b = b"hello world he"
for m in ("find", "rfind", "index", "rindex"):
    for args in (("hé",), ("ö",), ("",), ("hé", 1), ("hé", 1, 5), ("l", -4), ("zz",)):
        try:
            print(m, args, getattr(s, m)(*args))
        except ValueError as e:
            print(m, args, "ValueError:", e)
    for args in ((b"he",), (b"",), (b"o", 5), (104,), (b"zz",), (bytearray(b"lo"),)):
        try:
            print(m, args, getattr(b, m)(*args))
        except ValueError as e:
            print(m, args, "ValueError:", e)
    for bad in ((s, (b"x",)), (b, ("x",)), (b, (300,))):
        try:
            getattr(bad[0], m)(*bad[1])
        except (TypeError, ValueError) as e:
            print(m, type(e).__name__)
print("".find(""), "".rfind(""), "".index(""), b"".rindex(b""))

# expect: find ('hé',) 0
# expect: find ('ö',) 7
# expect: find ('',) 0
# expect: find ('hé', 1) 12
# expect: find ('hé', 1, 5) -1
# expect: find ('l', -4) -1
# expect: find ('zz',) -1
# expect: find (b'he',) 0
# expect: find (b'',) 0
# expect: find (b'o', 5) 7
# expect: find (104,) 0
# expect: find (b'zz',) -1
# expect: find (bytearray(b'lo'),) 3
# expect: find TypeError
# expect: find TypeError
# expect: find ValueError
# expect: rfind ('hé',) 12
# expect: rfind ('ö',) 7
# expect: rfind ('',) 14
# expect: rfind ('hé', 1) 12
# expect: rfind ('hé', 1, 5) -1
# expect: rfind ('l', -4) -1
# expect: rfind ('zz',) -1
# expect: rfind (b'he',) 12
# expect: rfind (b'',) 14
# expect: rfind (b'o', 5) 7
# expect: rfind (104,) 12
# expect: rfind (b'zz',) -1
# expect: rfind (bytearray(b'lo'),) 3
# expect: rfind TypeError
# expect: rfind TypeError
# expect: rfind ValueError
# expect: index ('hé',) 0
# expect: index ('ö',) 7
# expect: index ('',) 0
# expect: index ('hé', 1) 12
# expect: index ('hé', 1, 5) ValueError: substring not found
# expect: index ('l', -4) ValueError: substring not found
# expect: index ('zz',) ValueError: substring not found
# expect: index (b'he',) 0
# expect: index (b'',) 0
# expect: index (b'o', 5) 7
# expect: index (104,) 0
# expect: index (b'zz',) ValueError: subsection not found
# expect: index (bytearray(b'lo'),) 3
# expect: index TypeError
# expect: index TypeError
# expect: index ValueError
# expect: rindex ('hé',) 12
# expect: rindex ('ö',) 7
# expect: rindex ('',) 14
# expect: rindex ('hé', 1) 12
# expect: rindex ('hé', 1, 5) ValueError: substring not found
# expect: rindex ('l', -4) ValueError: substring not found
# expect: rindex ('zz',) ValueError: substring not found
# expect: rindex (b'he',) 12
# expect: rindex (b'',) 14
# expect: rindex (b'o', 5) 7
# expect: rindex (104,) 12
# expect: rindex (b'zz',) ValueError: subsection not found
# expect: rindex (bytearray(b'lo'),) 3
# expect: rindex TypeError
# expect: rindex TypeError
# expect: rindex ValueError
# expect: 0 0 0 0
