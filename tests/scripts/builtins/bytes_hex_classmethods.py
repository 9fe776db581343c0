# bytes.fromhex / bytearray.fromhex / bytes.hex and the builtin types' class methods looked up
# repeatedly (shared natives): results, whitespace, odd lengths, non-ASCII and error positions.
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

for h in ["", "00", "ff00", "DEADbeef", " 01 02\t03\n04\r05\x0b06\x0c07 ", "   ", "0a0B0c",
          "abc", "a", "0 1", "zz", "00zz", "0g", "é", "00é", "zz é", "00 é1", "1\x1c2", "12 ",
          " 12", "1 2 3 4"]:
    err(bytes.fromhex, h)
    err(bytearray.fromhex, h)
err(bytes.fromhex, b"00")
err(bytes.fromhex)
err(bytes.fromhex, "00", "11")
for b in [b"", b"\x00", b"\xff\x10abc", bytes(range(256))[:40], bytearray(b"\x01\xfe")]:
    h = b.hex()
    print(h, len(h), bytes.fromhex(h) == b, type(bytearray.fromhex(h)).__name__)
t = 0
for i in range(300):
    t += len(bytes.fromhex("%04x" % i)) + int.from_bytes(bytes.fromhex("%04x" % i), "big")
    t += len(dict.fromkeys("abc", i)) + bool.from_bytes(b"\x01", "little")
print(t)
print(dict.fromkeys([1, 2]), str.maketrans("ab", "cd"), tuple.__new__(tuple, [1, 2]))
f = bytes.fromhex
print(f("4142"), f.__name__, int.from_bytes(b"\x01\x02", "big"), bool.from_bytes(b"\x00", "big"))
err(bytes.fromhex, string="00")
err(bytearray.fromhex)
class B:
    pass
print(B.__name__)

# expect: ok b''
# expect: ok bytearray(b'')
# expect: ok b'\x00'
# expect: ok bytearray(b'\x00')
# expect: ok b'\xff\x00'
# expect: ok bytearray(b'\xff\x00')
# expect: ok b'\xde\xad\xbe\xef'
# expect: ok bytearray(b'\xde\xad\xbe\xef')
# expect: ok b'\x01\x02\x03\x04\x05\x06\x07'
# expect: ok bytearray(b'\x01\x02\x03\x04\x05\x06\x07')
# expect: ok b''
# expect: ok bytearray(b'')
# expect: ok b'\n\x0b\x0c'
# expect: ok bytearray(b'\n\x0b\x0c')
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 2
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 2
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 2
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 2
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ok b'\x12'
# expect: ok bytearray(b'\x12')
# expect: ok b'\x12'
# expect: ok bytearray(b'\x12')
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: TypeError fromhex() argument must be str, not bytes
# expect: TypeError bytes.fromhex() takes exactly one argument (0 given)
# expect: TypeError bytes.fromhex() takes exactly one argument (2 given)
# expect:  0 True bytearray
# expect: 00 2 True bytearray
# expect: ff10616263 10 True bytearray
# expect: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627 80 True bytearray
# expect: 01fe 4 True bytearray
# expect: 46650
# expect: {1: None, 2: None} {97: 99, 98: 100} (1, 2)
# expect: b'AB' fromhex 258 False
# expect: TypeError bytes.fromhex() takes no keyword arguments
# expect: TypeError bytearray.fromhex() takes exactly one argument (0 given)
# expect: B
