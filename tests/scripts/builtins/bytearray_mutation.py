# bytearray changed in place: item and slice assignment and deletion (extended slices too),
# append/extend/insert/pop/remove/clear/reverse/copy, += and *= (the same object), as CPython 3.11.
# args: --gil newgil
# args: --gil nogil
# expect: bytearray(b'AbcdeF') True
# expect: bytearray(b'AXYZdeF')
# expect: bytearray(b'AdeF')
# expect: bytearray(b'Ad12eF')
# expect: bytearray(b'_d_2_F')
# expect: bytearray(b'F_2_d_')
# expect: bytearray(b'F_2_d!?')
# expect: bytearray(b'F_2_d!?end') 10
# expect: bytearray(b'F_2_d!?e<nd')
# expect: bytearray(b'_2_d!?e<n')
# expect: bytearray(b'_d!?e<n')
# expect: bytearray(b'd?<')
# expect: bytearray(b'') 0
# expect: bytearray(b'x\x01yz!01ABokx\x01yz!01ABok')
# expect: bytearray(b'@[x\x01yz!01ABokx\x01yz!01ABo]k$')
# expect: 36 64 93 120 bytearray(b'[\x01yz!01ABokx\x01yz!01ABok')
# expect: bytearray(b'[\x01z01ABokx\x01yz!01ABok')
# expect: bytearray(b'koBA10!zy\x01xkoBA10z\x01[')
# expect: bytearray(b'koBA10!zy\x01xkoBA10z\x01[') bytearray(b'koBA10!zy\x01xkoBA10z\x01[?') bytearray False
# expect: bytearray(b'') 0 bytearray(b'koBA10!zy\x01xkoBA10z\x01[?')
# expect: bytearray(b'xyzxyz') True
# expect: bytearray(b'xyzxyzxyzxyz') True
# expect: bytearray(b'') True
# expect: bytearray(b'')
# expect: bytearray(b'0 12345 67890 12345 6789') 24 4
# expect: bytearray(b'\x02\x01\x07\x00') 33621760 258

ba = bytearray(b"abcdef")
alias = ba
ba[0] = 65
ba[-1] = 0x46
print(ba, alias is ba)
ba[1:3] = b"XYZ"
print(ba)
ba[1:4] = bytearray(b"")
print(ba)
ba[2:2] = [49, 50]
print(ba)
ba[::2] = b"___"
print(ba)
ba[:] = ba[::-1]
print(ba)
ba[5:] = (x for x in b"!?")
print(ba)
ba[10:20] = b"end"
print(ba, len(ba))
ba[len(ba) - 2:1] = b"<"
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))
ba.append(120)
ba.append(True)
ba.extend(b"yz")
ba.extend(bytearray(b"!"))
ba.extend([48, 49])
ba.extend(range(65, 67))
ba.extend(c for c in b"ok")
ba.extend(ba)
print(ba)
ba.insert(0, 91)
ba.insert(-1, 93)
ba.insert(100, 36)
ba.insert(-100, 64)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba.pop(True), ba)
ba.remove(121)
ba.remove(33)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.append(63)
print(ba, c, type(c).__name__, c is ba)
ba.clear()
print(ba, len(ba), c)
ba += b"xy"
ba += bytearray(b"z")
ba += ba.copy()
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias is ba)
r = bytearray(b"ab")
r *= -3
print(r)
# buffer-building idiom
buf = bytearray()
for i in range(20):
    buf += bytes([i % 10 + 48])
    if i % 5 == 0:
        buf.append(32)
print(buf, len(buf), buf.count(b" "))
header = bytearray(4)
header[0:2] = (513).to_bytes(2, "big")
header[2] = 7
print(header, int.from_bytes(header, "big"), int.from_bytes(header[:2], "little"))
