# str.splitlines() splits at \v \f \x1c-\x1e \x85 \u2028 \u2029 as well as \n \r \r\n; bytes.splitlines()
# only at \n \r \r\n. keepends, empty pieces, non-ASCII text and argument errors.
for t in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n\n", "\n", "\r\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x1fg", "x\x85y\u2028z\u2029w", "é\nü\r\n", "\u2027\u202a\xa0\xc2x", "a\r", "\r\r\n"]:
    print(repr(t.splitlines()), repr(t.splitlines(True)), repr(t.splitlines(keepends=True)))
    b = t.encode()
    print(b.splitlines(), b.splitlines(True), bytearray(b).splitlines(keepends=False))
    print([len(x) for x in t.splitlines()], [x.upper() for x in t.splitlines()])
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(e)
try:
    "a".splitlines(foo=1)
except TypeError as e:
    print(e)

# expect: [] [] []
# expect: [] [] []
# expect: [] []
# expect: ['a'] ['a'] ['a']
# expect: [b'a'] [b'a'] [bytearray(b'a')]
# expect: [1] ['A']
# expect: ['a'] ['a\n'] ['a\n']
# expect: [b'a'] [b'a\n'] [bytearray(b'a')]
# expect: [1] ['A']
# expect: ['a', 'b'] ['a\n', 'b'] ['a\n', 'b']
# expect: [b'a', b'b'] [b'a\n', b'b'] [bytearray(b'a'), bytearray(b'b')]
# expect: [1, 1] ['A', 'B']
# expect: ['a', 'b', 'c', ''] ['a\r\n', 'b\r', 'c\n', '\n'] ['a\r\n', 'b\r', 'c\n', '\n']
# expect: [b'a', b'b', b'c', b''] [b'a\r\n', b'b\r', b'c\n', b'\n'] [bytearray(b'a'), bytearray(b'b'), bytearray(b'c'), bytearray(b'')]
# expect: [1, 1, 1, 0] ['A', 'B', 'C', '']
# expect: [''] ['\n'] ['\n']
# expect: [b''] [b'\n'] [bytearray(b'')]
# expect: [0] ['']
# expect: [''] ['\r\n'] ['\r\n']
# expect: [b''] [b'\r\n'] [bytearray(b'')]
# expect: [0] ['']
# expect: ['a', 'b', 'c', 'd', 'e', 'f\x1fg'] ['a\x0b', 'b\x0c', 'c\x1c', 'd\x1d', 'e\x1e', 'f\x1fg'] ['a\x0b', 'b\x0c', 'c\x1c', 'd\x1d', 'e\x1e', 'f\x1fg']
# expect: [b'a\x0bb\x0cc\x1cd\x1de\x1ef\x1fg'] [b'a\x0bb\x0cc\x1cd\x1de\x1ef\x1fg'] [bytearray(b'a\x0bb\x0cc\x1cd\x1de\x1ef\x1fg')]
# expect: [1, 1, 1, 1, 1, 3] ['A', 'B', 'C', 'D', 'E', 'F\x1fG']
# expect: ['x', 'y', 'z', 'w'] ['x\x85', 'y\u2028', 'z\u2029', 'w'] ['x\x85', 'y\u2028', 'z\u2029', 'w']
# expect: [b'x\xc2\x85y\xe2\x80\xa8z\xe2\x80\xa9w'] [b'x\xc2\x85y\xe2\x80\xa8z\xe2\x80\xa9w'] [bytearray(b'x\xc2\x85y\xe2\x80\xa8z\xe2\x80\xa9w')]
# expect: [1, 1, 1, 1] ['X', 'Y', 'Z', 'W']
# expect: ['é', 'ü'] ['é\n', 'ü\r\n'] ['é\n', 'ü\r\n']
# expect: [b'\xc3\xa9', b'\xc3\xbc'] [b'\xc3\xa9\n', b'\xc3\xbc\r\n'] [bytearray(b'\xc3\xa9'), bytearray(b'\xc3\xbc')]
# expect: [1, 1] ['É', 'Ü']
# expect: ['‧\u202a\xa0Âx'] ['‧\u202a\xa0Âx'] ['‧\u202a\xa0Âx']
# expect: [b'\xe2\x80\xa7\xe2\x80\xaa\xc2\xa0\xc3\x82x'] [b'\xe2\x80\xa7\xe2\x80\xaa\xc2\xa0\xc3\x82x'] [bytearray(b'\xe2\x80\xa7\xe2\x80\xaa\xc2\xa0\xc3\x82x')]
# expect: [5] ['‧\u202a\xa0ÂX']
# expect: ['a'] ['a\r'] ['a\r']
# expect: [b'a'] [b'a\r'] [bytearray(b'a')]
# expect: [1] ['A']
# expect: ['', ''] ['\r', '\r\n'] ['\r', '\r\n']
# expect: [b'', b''] [b'\r', b'\r\n'] [bytearray(b''), bytearray(b'')]
# expect: [0, 0] ['', '']
# expect: splitlines() takes at most 1 argument (2 given)
# expect: 'foo' is an invalid keyword argument for splitlines()
