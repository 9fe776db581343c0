# struct.Struct objects (format, size and the five methods), iter_unpack, pack_into and
# unpack_from at positive and negative offsets, bytes and bytearray buffers, as CPython 3.11.
# args: --gil newgil
# args: --gil nogil
import struct

s = struct.Struct('<hI')
print(s.format, s.size, type(s).__name__, type(s.format).__name__)
print(s.pack(-2, 70000), s.unpack(b'\xfe\xff\x70\x11\x01\x00'), s.unpack(bytearray(6)))
b = struct.Struct(b'>q')
print(b.format, b.size, b.pack(-1), b.unpack(b.pack(2**40)))
print(struct.Struct(format='3s').unpack(b'xyz'), struct.Struct('').size, struct.Struct('').pack())
print(struct.Struct('@bi').size, struct.Struct('=bi').size, struct.Struct('!H').pack(258))

# unpack_from: offsets by position and keyword, negative ones from the end.
data = bytes(range(16))
print(s.unpack_from(data), s.unpack_from(data, 2), s.unpack_from(data, offset=10), s.unpack_from(buffer=data))
print(s.unpack_from(data, -6), s.unpack_from(data, -16), struct.unpack_from('<H', data, -2))
print(struct.unpack_from('>I', data), struct.unpack_from('>I', data, 12), struct.unpack_from('<H', buffer=data, offset=3))
print(struct.unpack_from('<H', bytearray(b'\x01\x02\x03'), 1), struct.unpack_from('', b''), struct.unpack_from('', b'abc', 3))
for off in [-7, -1, 11, 16, 17]:
    try:
        print(off, s.unpack_from(data[:12], off))
    except struct.error as e:
        print(off, 'error:', e)

# pack_into: writes in place (padding zeroed), returns None, negative offsets from the end.
buf = bytearray(b'\xaa' * 12)
print(s.pack_into(buf, 0, 1, 2), buf)
s.pack_into(buf, 6, -1, 2**32 - 1)
print(buf)
struct.pack_into('<bxh', buf, -4, 5, 6)
print(buf)
struct.pack_into('3s', buf, 1, b'abcdef')
struct.pack_into('4p', buf, -8, b'hello')
print(buf, struct.pack_into('', buf, 12))
for off in [-13, -3, 9, 13]:
    try:
        s.pack_into(buf, off, 1, 2)
        print(off, buf)
    except struct.error as e:
        print(off, 'error:', e)
class Index:
    def __index__(self): return 2
struct.pack_into('<H', buf, Index(), 0xbeef)
print(buf, len(buf))

# iter_unpack: one tuple per record, from bytes or bytearray; a copy of the buffer is not needed
# to be kept alive by the caller.
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04\xff\xff\x80')
print(type(it).__name__, next(it), list(it), list(it))
print(list(struct.Struct('>H').iter_unpack(bytearray(b'\x00\x01\x00\x02'))), list(struct.iter_unpack('4s', b'')))
total = 0
for (x,) in struct.iter_unpack('<I', bytes(range(40))):
    total += x
print(total)
for a, b2 in s.iter_unpack(s.pack(1, 2) + s.pack(3, 4)):
    print(a, b2)
print(iter(it) is it)

# Struct objects and formats used from many places (the module caches parsed formats).
fmts = ['<%dH' % n for n in range(1, 40)]
for f in fmts:
    vals = list(range(len(f)))
    n = struct.calcsize(f) // 2
    assert struct.unpack(f, struct.pack(f, *range(n))) == tuple(range(n))
print(sum(struct.calcsize(f) for f in fmts), struct.calcsize(fmts[5]), struct.Struct(fmts[5]).size)
for i in range(600):  # more formats than any cache holds
    f = '<%ds' % i
    assert struct.unpack(f, struct.pack(f, b'x' * i))[0] == b'x' * i
print(struct.unpack('<599s', b'y' * 599)[0][:3], struct.Struct('<300s').size)

# expect: <hI 6 Struct str
# expect: b'\xfe\xffp\x11\x01\x00' (-2, 70000) (0, 0)
# expect: >q 8 b'\xff\xff\xff\xff\xff\xff\xff\xff' (1099511627776,)
# expect: (b'xyz',) 0 b''
# expect: 8 5 b'\x01\x02'
# expect: (256, 84148994) (770, 117835012) (2826, 252579084) (256, 84148994)
# expect: (2826, 252579084) (256, 84148994) (3854,)
# expect: (66051,) (202182159,) (1027,)
# expect: (770,) () ()
# expect: -7 (1541, 168364039)
# expect: -1 error: not enough data to unpack 6 bytes at offset -1
# expect: 11 error: unpack_from requires a buffer of at least 17 bytes for unpacking 6 bytes at offset 11 (actual buffer size is 12)
# expect: 16 error: unpack_from requires a buffer of at least 22 bytes for unpacking 6 bytes at offset 16 (actual buffer size is 12)
# expect: 17 error: unpack_from requires a buffer of at least 23 bytes for unpacking 6 bytes at offset 17 (actual buffer size is 12)
# expect: None bytearray(b'\x01\x00\x02\x00\x00\x00\xaa\xaa\xaa\xaa\xaa\xaa')
# expect: bytearray(b'\x01\x00\x02\x00\x00\x00\xff\xff\xff\xff\xff\xff')
# expect: bytearray(b'\x01\x00\x02\x00\x00\x00\xff\xff\x05\x00\x06\x00')
# expect: bytearray(b'\x01abc\x03hel\x05\x00\x06\x00') None
# expect: -13 error: offset -13 out of range for 12-byte buffer
# expect: -3 error: no space to pack 6 bytes at offset -3
# expect: 9 error: pack_into requires a buffer of at least 15 bytes for packing 6 bytes at offset 9 (actual buffer size is 12)
# expect: 13 error: pack_into requires a buffer of at least 19 bytes for packing 6 bytes at offset 13 (actual buffer size is 12)
# expect: bytearray(b'\x01a\xef\xbe\x03hel\x05\x00\x06\x00') 12
# expect: unpack_iterator (1, 2) [(3, 4), (-1, -128)] []
# expect: [(1,), (2,)] []
# expect: 3536371380
# expect: 1 2
# expect: 3 4
# expect: True
# expect: 1560 12 12
# expect: b'yyy' 300
