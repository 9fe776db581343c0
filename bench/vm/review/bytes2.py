# bytes: checksums, hex, bytearray building, run-length encoding
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def rle(data):
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        j = i
        while j < n and j - i < 255 and data[j] == data[i]:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)

def unrle(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)

blob = bytes((i * 7 // 13) % 256 for i in range(200000))
print(adler32(blob))
enc = rle(blob)
print(len(enc), unrle(enc) == blob)
h = blob[:1000].hex()
print(h[:40], bytes.fromhex(h) == blob[:1000])
msg = ("héllo wörld %d " * 2000 % tuple(range(2000))).encode("utf-8")
print(len(msg), msg.count(b"l"), msg.decode("utf-8")[:20])
