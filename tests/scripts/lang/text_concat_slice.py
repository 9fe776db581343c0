# str + str and bytes + bytes made at their final size in one piece; bytes slices and
# str.encode() copied once into the new object; bytes.decode() of ASCII, with the encoding still
# checked. Every expectation is CPython 3.11's output.
# args: --gil newgil
# args: --gil nogil
s = "héllo"
t = "wörld" * 5
print(s + t, len(s + t), len("" + ""), len(s + ""), len("" + t), (s + t)[4:8])  # expect: héllowörldwörldwörldwörldwörld 30 0 5 25 owör
print("a" * 20 + "b" * 20, len("x" * 15 + "y"), ("ab" + "c")[1:], "€" + "€", len("€" + "a"))  # expect: aaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbb 16 bc €€ 2
b = b"packet 123"
data = b""
for i in range(40):
    data = data[-64:] + b
print(len(data), data[:12], data[-3:], b"" + b"", b"a" + b"", b"" + b"b", len(b"x" * 100 + b"y" * 100))  # expect: 74 b' 123packet 1' b'123' b'' b'a' b'b' 200
print(b[2:5], b[-1:], b[5:2], b[:], b[::2], b[::-1], b[1:100], b[-100:2], b[2:5].decode())  # expect: b'cke' b'3' b'' b'packet 123' b'pce 2' b'321 tekcap' b'acket 123' b'pa' cke
print("packet 7".encode(), "€uro".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "".encode())  # expect: b'packet 7' b'\xe2\x82\xacuro' b'abc' b'\xe9' b''
print(b"abc".decode(), b"abc".decode("ascii"), b"abc".decode("latin-1"), b"".decode(), b"\xc3\xa9".decode())  # expect: abc abc abc  é
try:
    b"abc".decode("nope")
except LookupError as e:
    print("LookupError", e)  # expect: LookupError unknown encoding: nope
try:
    "abc".encode("nope")
except LookupError as e:
    print("LookupError", e)  # expect: LookupError unknown encoding: nope
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)  # expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)  # expect: TypeError can't concat str to bytes
try:
    "a" + b"b"
except TypeError as e:
    print("TypeError", e)  # expect: TypeError can only concatenate str (not "bytes") to str
x = "ab"
y = x
x += "cd"
print(x, y, len(x))  # expect: abcd ab 4
z = b"ab"
w = z
z += b"cd"
print(z, w, len(z), z.find(b"c"), z.find(b"9"), z.find(99))  # expect: b'abcd' b'ab' 4 2 -1 2
