# bytes: indexing (both ends, out of range, wrong index types), slicing (tails, steps, whole
# slices shared), and the concatenation, find and decode that bytes_ops runs, as CPython 3.11.
# expect: 0 97 255 0 255 128 128
# expect: 127 128 255 0
# expect: IndexError index out of range
# expect: IndexError index out of range
# expect: IndexError index out of range
# expect: IndexError index out of range
# expect: IndexError index out of range
# expect: 97 0
# expect: TypeError byte indices must be integers or slices, not str
# expect: TypeError byte indices must be integers or slices, not float
# expect: 104 105
# expect: b'packet 12345' b'cke' b'345' b'packet 12' b'' b'' b'pa'
# expect: b'pce 24' b'54321 tekcap' b'ae1' b'2 ec' b'' b''
# expect: True True True True
# expect: b'' True b'ac'
# expect: ValueError slice step cannot be zero
# expect: b'3p24p25p26p27p28p29' 19 18 -1 0 18 5
# expect: hé bc True
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data
# expect: TypeError can't concat str to bytes
# expect: b'xy' bytearray(b'xy') b'' b'ab'
# Indexing: both ends, negative indices, the bounds, high bytes.
data = b"\x00a\x7f\x80\xff"
print(data[0], data[1], data[-1], data[-5], data[4], data[-2], data[3])
i = 2
print(data[i], data[-i], data[i + 2], data[-i - 3])
for bad in (5, -6, 100, -100):
    try:
        data[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    b""[0]
except IndexError as e:
    print("IndexError", e)
print(data[True], data[False])
try:
    data["x"]
except TypeError as e:
    print("TypeError", e)
try:
    data[1.0]
except TypeError as e:
    print("TypeError", e)
print(bytearray(b"hi")[0], bytearray(b"hi")[-1])
# Slicing: tails, heads, empty and out-of-range bounds, steps, whole slices.
packet = b"packet 12345"
print(packet[-64:], packet[2:5], packet[-3:], packet[:-3], packet[5:2], packet[100:], packet[-100:2])
print(packet[::2], packet[::-1], packet[1:8:3], packet[8:1:-2], b""[-64:], b""[2:5])
print(packet[:] is packet, packet[0:] is packet, packet[-64:] is packet, packet[0:12] is packet)
print(packet[1:1], packet[None:None:None] is packet, packet[True:3])
try:
    packet[::0]
except ValueError as e:
    print("ValueError", e)
# Concatenation, find and decode as the benchmark uses them.
acc = b""
for n in range(30):
    acc = acc[-16:] + ("p%d" % n).encode()
print(acc, len(acc), acc.find(b"9"), acc.find(b"zz"), acc.find(b""), acc.find(57), acc.find(b"2", 5))
print(b"h\xc3\xa9llo"[0:3].decode(), b"abc"[1:].decode(), b""[0:].decode() == "")
try:
    b"\xc3"[0:1].decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError", e)
print(b"x" + bytearray(b"y"), bytearray(b"x") + b"y", b"" + b"", b"ab" + b"")
