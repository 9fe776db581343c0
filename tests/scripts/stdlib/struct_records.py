# A binary-record program with struct: a file image of a header and fixed-size records written
# with pack_into into one bytearray, read back with unpack_from, iter_unpack and Struct objects,
# validated with a checksum; then threads packing and unpacking the same formats at once (the
# module's shared format cache). As CPython 3.11.
# args: --gil newgil
# args: --gil nogil
import struct
import threading

HEADER = struct.Struct('<4sHHI')          # magic, version, flags, record count
RECORD = struct.Struct('<IdB3x16p4h')     # id, timestamp, kind, pad, name, 4 samples
TRAILER = '>I'

def build(records):
    image = bytearray(HEADER.size + RECORD.size * len(records) + struct.calcsize(TRAILER))
    HEADER.pack_into(image, 0, b'RECS', 2, 0x8001, len(records))
    for n, (rid, ts, kind, name, samples) in enumerate(records):
        RECORD.pack_into(image, HEADER.size + n * RECORD.size, rid, ts, kind, name.encode(), *samples)
    checksum = sum(image[:-4]) & 0xffffffff
    struct.pack_into(TRAILER, image, -4, checksum)
    return bytes(image)

def parse(image):
    magic, version, flags, count = HEADER.unpack_from(image)
    if magic != b'RECS':
        raise ValueError('bad magic %r' % magic)
    (checksum,) = struct.unpack_from(TRAILER, image, len(image) - 4)
    if checksum != sum(image[:-4]) & 0xffffffff:
        raise ValueError('bad checksum')
    body = image[HEADER.size:HEADER.size + count * RECORD.size]
    out = []
    for rid, ts, kind, name, *samples in RECORD.iter_unpack(body):
        out.append((rid, round(ts, 3), kind, name.decode(), samples))
    return version, hex(flags), out

records = [(i * 7 + 1, 1700000000.5 + i / 8, i % 3, 'sensor-%d' % i, [i, -i, i * 100, -32768 + i])
           for i in range(6)]
records.append((2**32 - 1, -0.0, 255, 'a-very-long-name-that-is-cut', [32767, -1, 0, 1]))
image = build(records)
print(len(image), HEADER.size, RECORD.size, image[:12].hex())
version, flags, parsed = parse(image)
print(version, flags)
for r in parsed:
    print(r)

# Damaged images: a flipped byte, a short image.
bad = bytearray(image)
bad[20] ^= 0xff
for candidate in [bytes(bad), image[:10], b'XXXX' + image[4:]]:
    try:
        parse(candidate)
    except (ValueError, struct.error) as e:
        print(type(e).__name__, e)

# Length-prefixed messages in a stream: a 2-byte big-endian length, then that many bytes.
def frames(stream):
    at = 0
    while at < len(stream):
        (n,) = struct.unpack_from('>H', stream, at)
        yield stream[at + 2:at + 2 + n]
        at += 2 + n
stream = b''.join(struct.pack('>H%ds' % len(m), len(m), m) for m in [b'hello', b'', b'world!' * 3])
print([bytes(f) for f in frames(stream)])

# Threads: each packs and unpacks with formats the others use too (and new ones) at once.
results = [None] * 4
def worker(k):
    total = 0
    for i in range(300):
        fmt = ('<IHb', '>d', '%ds' % (i % 7), '=q')[i % 4]
        if fmt == '<IHb':
            v = struct.unpack(fmt, struct.pack(fmt, i * k, i, -k))
            total += v[0] + v[1] + v[2]
        elif fmt == '>d':
            total += int(struct.unpack(fmt, struct.pack(fmt, i / 2))[0] * 2)
        elif fmt == '=q':
            total += struct.Struct(fmt).unpack(struct.Struct(fmt).pack(-i))[0]
        else:
            total += len(struct.unpack(fmt, struct.pack(fmt, b'abcdefg'))[0])
    results[k] = total
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)

# A bytearray written by pack_into from several threads, each its own slice.
shared = bytearray(4 * 100)
def fill(k):
    for i in range(k, 100, 4):
        struct.pack_into('<I', shared, i * 4, i * i)
threads = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(x for (x,) in struct.iter_unpack('<I', shared)), struct.unpack_from('<I', shared, -4))

# expect: 296 12 40 524543530200018007000000
# expect: 2 0x8001
# expect: (1, 1700000000.5, 0, 'sensor-0', [0, 0, 0, -32768])
# expect: (8, 1700000000.625, 1, 'sensor-1', [1, -1, 100, -32767])
# expect: (15, 1700000000.75, 2, 'sensor-2', [2, -2, 200, -32766])
# expect: (22, 1700000000.875, 0, 'sensor-3', [3, -3, 300, -32765])
# expect: (29, 1700000001.0, 1, 'sensor-4', [4, -4, 400, -32764])
# expect: (36, 1700000001.125, 2, 'sensor-5', [5, -5, 500, -32763])
# expect: (4294967295, -0.0, 255, 'a-very-long-nam', [32767, -1, 0, 1])
# expect: ValueError bad checksum
# expect: error unpack_from requires a buffer of at least 12 bytes for unpacking 12 bytes at offset 0 (actual buffer size is 10)
# expect: ValueError bad magic b'XXXX'
# expect: [b'hello', b'', b'world!world!world!']
# expect: [11175, 22200, 33225, 44250]
# expect: 328350 (9801,)
