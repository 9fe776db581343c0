# bytes and bytearray: `%` formatting then encode, bytearray building and item assignment, decode,
# hex/fromhex, int.from_bytes.
def main(n):
    t = 0
    for i in range(n):
        s = "record %d" % i
        b = s.encode()
        ba = bytearray(b)
        ba.extend(b"!!")
        ba[0] = 82
        t += len(ba) + ba[0] + b.count(b"1")
        x = bytes(ba).decode()
        t += len(x)
        h = b.hex()
        t += len(bytes.fromhex(h))
        t += int.from_bytes(b[:4], "little") & 0xff
    return t
print(main(20000))
