# str.find and bytes.find: a needle of the receiver's kind with no bounds (searched in one go),
# non-ASCII positions by code point, empty needles and receivers, bounds, an int byte, bytearrays.
# expect: 7 2 0 -1 -1 9 0 -1
# expect: 6 -1 1 0 1
# expect: 4 0 -1 4 7 -1 0
# expect: 1 2 -1
# expect: 2 6 1
# expect: ValueError byte must be in range(0, 256)
s = "héllo wörld"
print(s.find("ö"), s.find("l"), s.find(""), s.find("zz"), s.find("o", 5), s.find("l", -3), "".find(""), "".find("a"))
print(s.find("wörld"), s.find("héllo wörld!"), s.find("é"), "aaa".find("aa"), "ab" * 3 .find("b") if False else "ababab".find("ba"))
b = b"hello world"
print(b.find(b"o"), b.find(b""), b.find(b"zz"), b.find(111), b.find(b"o", 5), b.find(b"o", 5, 7), b"".find(b""))
print(b"\xff\x00\xff".find(b"\x00"), b"\xc3\xa9t\xc3\xa9".find("t".encode()), b"abc".find(b"abcd"))
print(bytearray(b"xyz").find(b"z"), b.find(bytearray(b"wo")), bytearray(b"xyz").find(bytearray(b"yz")))
try:
    b.find(256)
except ValueError as e:
    print("ValueError", e)
