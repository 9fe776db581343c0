# struct's errors, as CPython 3.11's: struct.error (a subclass of Exception) with its messages
# for bad formats, values out of range, wrong types and counts, short buffers; TypeError and
# OverflowError where CPython raises those.
# args: --gil newgil
# args: --gil nogil
import struct

print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__mro__[1:])

def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print('ok', r)
    except struct.error as e:
        print('struct.error:', e)
    except (TypeError, OverflowError, ValueError, UnicodeEncodeError, IndexError) as e:
        print(type(e).__name__ + ':', e)

# Values out of range, in every byte order.
for prefix in ['', '<', '>', '=']:
    for code in 'bBhHiIlLqQ':
        for v in [-1, 256, 70000, 2**31, 2**32, -2**31 - 1, 2**63, 2**64, -2**63 - 1, 2**100]:
            show(struct.pack, prefix + code, v)
for code in 'nNP':
    for v in [-1, 2**63, 2**64, -2**63 - 1, 2**100]:
        show(struct.pack, code, v)
for code in 'bhiqQ?':
    show(struct.pack, code, 1.5)
    show(struct.pack, code, '1')
    show(struct.pack, code, None)
class BadIndex:
    def __index__(self): raise ValueError('no index')
show(struct.pack, 'i', BadIndex())

# Floats.
for code in ['e', '<e', '>e', 'f', '<f', '>f', 'd', '>d']:
    for v in [1e300, 65520.0, 3.5e38, 'x', 2**2000, None, 1]:
        show(struct.pack, code, v)

# Strings and chars.
show(struct.pack, 's', 'ab')
show(struct.pack, '3p', 12)
show(struct.pack, 'c', b'ab')
show(struct.pack, 'c', 'a')
show(struct.pack, 'c', bytearray(b'a'))
show(struct.pack, 'c', 97)

# Counts.
show(struct.pack, 'i')
show(struct.pack, 'ii', 1)
show(struct.pack, 'i', 1, 2)
show(struct.pack, '3s', b'a', b'b')
show(struct.pack, 'x', 1)
show(struct.pack)
show(struct.pack, 'i', 1, x=2)

# Bad formats.
for fmt in ['3', 'y', 'i<', '<n', '>N', '!P', '=n', 'é', 'i\0', '3 h', '99999999999999999999i',
            '9223372036854775807s9223372036854775807s', 'Z', '\t i \n']:
    show(struct.calcsize, fmt)
show(struct.calcsize, 3)
show(struct.calcsize, bytearray(b'i'))
show(struct.calcsize)
show(struct.Struct, 3)
show(struct.pack, None, 1)

# Unpacking.
show(struct.unpack, '<i', b'abc')
show(struct.unpack, '<i', b'abcde')
show(struct.unpack, 'i', 'abcd')
show(struct.unpack, 'i', [1, 2, 3, 4])
show(struct.unpack, 'i')
show(struct.unpack, '', b'')
show(struct.unpack, '', b'x')
show(struct.unpack_from, '<i', b'abc')
show(struct.unpack_from, '<i', b'abcdef', 4)
show(struct.unpack_from, '<i', b'abcdef', offset=3)
show(struct.unpack_from, '<h', b'abcdef', -7)
show(struct.unpack_from, '<h', b'abcdef', -1)
show(struct.unpack_from, '<h', b'abcdef', 2**70)
show(struct.unpack_from, '<h', b'abcdef', 'a')
show(struct.unpack_from, '<h', b'abcdef', 1.0)
show(struct.unpack_from)
show(struct.iter_unpack, '<i', b'abcde')
show(struct.iter_unpack, '', b'abcde')
print(type(struct.iter_unpack("x0i", b"")).__name__)
show(struct.iter_unpack, '<i', 'abcd')

# pack_into.
ba = bytearray(6)
show(struct.pack_into, '<i', ba, 4, 1)
show(struct.pack_into, '<i', ba, -2, 1)
show(struct.pack_into, '<i', ba, -7, 1)
show(struct.pack_into, '<i', ba, 7, 1)
show(struct.pack_into, '<i', b'abcdef', 0, 1)
show(struct.pack_into, '<i', 'abcdef', 0, 1)
show(struct.pack_into, '<i', ba, 'x', 1)
show(struct.pack_into, '<i', ba, 2**70, 1)
show(struct.pack_into, '<i', ba, 0)
show(struct.pack_into, '<i', ba, 0, 1, 2)
show(struct.pack_into, '<i', ba)
show(struct.pack_into, '<i')
show(struct.pack_into)
show(struct.pack_into, '<i', ba, 0, 2**40)
print(ba)

# Catching it as an Exception, and raising it from a script.
try:
    struct.unpack('>H', b'\x01')
except Exception as e:
    print(type(e).__name__, e.args, isinstance(e, struct.error))
try:
    raise struct.error('custom')
except struct.error as e:
    print('caught', e)

# expect: True error (<class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: ok b'\xff'
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff'
# expect: ok b'\x00\x01'
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: ok b'\x00\x01'
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: ok b'\x00\x00\x00\x80'
# expect: struct.error: 'I' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: 'I' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00\x00\x00\x00\x00'
# expect: ok b'p\x11\x01\x00\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x80\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
# expect: ok b'\xff\xff\xff\x7f\xff\xff\xff\xff'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00\x00\x00\x00\x00'
# expect: ok b'p\x11\x01\x00\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x80\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
# expect: struct.error: argument out of range
# expect: ok b'\x00\x00\x00\x00\x00\x00\x00\x80'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00\x00\x00\x00\x00'
# expect: ok b'p\x11\x01\x00\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x80\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
# expect: ok b'\xff\xff\xff\x7f\xff\xff\xff\xff'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00\x00\x00\x00\x00'
# expect: ok b'p\x11\x01\x00\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x80\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
# expect: struct.error: argument out of range
# expect: ok b'\x00\x00\x00\x00\x00\x00\x00\x80'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff'
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff'
# expect: ok b'\x00\x01'
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: ok b'\x00\x01'
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: ok b'\x00\x00\x00\x80'
# expect: struct.error: 'I' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: 'I' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: ok b'\x00\x00\x00\x80'
# expect: struct.error: 'L' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: 'L' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00\x00\x00\x00\x00'
# expect: ok b'p\x11\x01\x00\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x80\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
# expect: ok b'\xff\xff\xff\x7f\xff\xff\xff\xff'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00\x00\x00\x00\x00'
# expect: ok b'p\x11\x01\x00\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x80\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
# expect: struct.error: argument out of range
# expect: ok b'\x00\x00\x00\x00\x00\x00\x00\x80'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff'
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff'
# expect: ok b'\x01\x00'
# expect: struct.error: 'h' format requires -32768 <= number <= 32767
# expect: struct.error: 'h' format requires -32768 <= number <= 32767
# expect: struct.error: 'h' format requires -32768 <= number <= 32767
# expect: struct.error: 'h' format requires -32768 <= number <= 32767
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x01\x00'
# expect: struct.error: 'H' format requires 0 <= number <= 65535
# expect: struct.error: 'H' format requires 0 <= number <= 65535
# expect: struct.error: 'H' format requires 0 <= number <= 65535
# expect: struct.error: argument out of range
# expect: struct.error: 'H' format requires 0 <= number <= 65535
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff'
# expect: ok b'\x00\x00\x01\x00'
# expect: ok b'\x00\x01\x11p'
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x00\x01\x00'
# expect: ok b'\x00\x01\x11p'
# expect: ok b'\x80\x00\x00\x00'
# expect: struct.error: 'I' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: 'I' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff'
# expect: ok b'\x00\x00\x01\x00'
# expect: ok b'\x00\x01\x11p'
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x00\x01\x00'
# expect: ok b'\x00\x01\x11p'
# expect: ok b'\x80\x00\x00\x00'
# expect: struct.error: 'L' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: 'L' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: ok b'\x00\x00\x00\x00\x00\x00\x01\x00'
# expect: ok b'\x00\x00\x00\x00\x00\x01\x11p'
# expect: ok b'\x00\x00\x00\x00\x80\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x01\x00\x00\x00\x00'
# expect: ok b'\xff\xff\xff\xff\x7f\xff\xff\xff'
# expect: struct.error: int too large to convert
# expect: struct.error: int too large to convert
# expect: struct.error: int too large to convert
# expect: struct.error: int too large to convert
# expect: struct.error: int too large to convert
# expect: ok b'\x00\x00\x00\x00\x00\x00\x01\x00'
# expect: ok b'\x00\x00\x00\x00\x00\x01\x11p'
# expect: ok b'\x00\x00\x00\x00\x80\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x01\x00\x00\x00\x00'
# expect: struct.error: int too large to convert
# expect: ok b'\x80\x00\x00\x00\x00\x00\x00\x00'
# expect: struct.error: int too large to convert
# expect: struct.error: int too large to convert
# expect: struct.error: int too large to convert
# expect: ok b'\xff'
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: ubyte format requires 0 <= number <= 255
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff'
# expect: ok b'\x00\x01'
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: short format requires -32768 <= number <= 32767
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: ok b'\x00\x01'
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: ushort format requires 0 <= number <= 65535
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: ok b'\x00\x00\x00\x80'
# expect: struct.error: 'I' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: 'I' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: 'l' format requires -2147483648 <= number <= 2147483647
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00'
# expect: ok b'p\x11\x01\x00'
# expect: ok b'\x00\x00\x00\x80'
# expect: struct.error: 'L' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: 'L' format requires 0 <= number <= 4294967295
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: ok b'\x00\x01\x00\x00\x00\x00\x00\x00'
# expect: ok b'p\x11\x01\x00\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x80\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
# expect: ok b'\xff\xff\xff\x7f\xff\xff\xff\xff'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x01\x00\x00\x00\x00\x00\x00'
# expect: ok b'p\x11\x01\x00\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x80\x00\x00\x00\x00'
# expect: ok b'\x00\x00\x00\x00\x01\x00\x00\x00'
# expect: struct.error: argument out of range
# expect: ok b'\x00\x00\x00\x00\x00\x00\x00\x80'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\x00\x00\x00\x00\x00\x00\x00\x80'
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: struct.error: argument out of range
# expect: ok b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: ok b'\x00\x00\x00\x00\x00\x00\x00\x80'
# expect: struct.error: int too large to convert
# expect: struct.error: int too large to convert
# expect: struct.error: int too large to convert
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: struct.error: required argument is not an integer
# expect: ok b'\x01'
# expect: ok b'\x01'
# expect: ok b'\x00'
# expect: ValueError: no index
# expect: OverflowError: float too large to pack with e format
# expect: OverflowError: float too large to pack with e format
# expect: OverflowError: float too large to pack with e format
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: ok b'\x00<'
# expect: OverflowError: float too large to pack with e format
# expect: OverflowError: float too large to pack with e format
# expect: OverflowError: float too large to pack with e format
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: ok b'\x00<'
# expect: OverflowError: float too large to pack with e format
# expect: OverflowError: float too large to pack with e format
# expect: OverflowError: float too large to pack with e format
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: ok b'<\x00'
# expect: ok b'\x00\x00\x80\x7f'
# expect: ok b'\x00\xf0\x7fG'
# expect: ok b'\x00\x00\x80\x7f'
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: ok b'\x00\x00\x80?'
# expect: OverflowError: float too large to pack with f format
# expect: ok b'\x00\xf0\x7fG'
# expect: OverflowError: float too large to pack with f format
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: ok b'\x00\x00\x80?'
# expect: OverflowError: float too large to pack with f format
# expect: ok b'G\x7f\xf0\x00'
# expect: OverflowError: float too large to pack with f format
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: ok b'?\x80\x00\x00'
# expect: ok b'\x9cu\x00\x88<\xe47~'
# expect: ok b'\x00\x00\x00\x00\x00\xfe\xef@'
# expect: ok b'{\xcd\xd3\xc4\xf8t\xf0G'
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: ok b'\x00\x00\x00\x00\x00\x00\xf0?'
# expect: ok b'~7\xe4<\x88\x00u\x9c'
# expect: ok b'@\xef\xfe\x00\x00\x00\x00\x00'
# expect: ok b'G\xf0t\xf8\xc4\xd3\xcd{'
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: struct.error: required argument is not a float
# expect: ok b'?\xf0\x00\x00\x00\x00\x00\x00'
# expect: struct.error: argument for 's' must be a bytes object
# expect: struct.error: argument for 'p' must be a bytes object
# expect: struct.error: char format requires a bytes object of length 1
# expect: struct.error: char format requires a bytes object of length 1
# expect: struct.error: char format requires a bytes object of length 1
# expect: struct.error: char format requires a bytes object of length 1
# expect: struct.error: pack expected 1 items for packing (got 0)
# expect: struct.error: pack expected 2 items for packing (got 1)
# expect: struct.error: pack expected 1 items for packing (got 2)
# expect: struct.error: pack expected 1 items for packing (got 2)
# expect: struct.error: pack expected 0 items for packing (got 1)
# expect: TypeError: missing format argument
# expect: TypeError: _struct.pack() takes no keyword arguments
# expect: struct.error: repeat count given without format specifier
# expect: struct.error: bad char in struct format
# expect: struct.error: bad char in struct format
# expect: struct.error: bad char in struct format
# expect: struct.error: bad char in struct format
# expect: struct.error: bad char in struct format
# expect: struct.error: bad char in struct format
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: struct.error: embedded null character
# expect: struct.error: bad char in struct format
# expect: struct.error: total struct size too long
# expect: struct.error: total struct size too long
# expect: struct.error: bad char in struct format
# expect: ok 4
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
# expect: TypeError: unhashable type: 'bytearray'
# expect: TypeError: _struct.calcsize() takes exactly one argument (0 given)
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not NoneType
# expect: struct.error: unpack requires a buffer of 4 bytes
# expect: struct.error: unpack requires a buffer of 4 bytes
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'list'
# expect: TypeError: unpack expected 2 arguments, got 1
# expect: ok ()
# expect: struct.error: unpack requires a buffer of 0 bytes
# expect: struct.error: unpack_from requires a buffer of at least 4 bytes for unpacking 4 bytes at offset 0 (actual buffer size is 3)
# expect: struct.error: unpack_from requires a buffer of at least 8 bytes for unpacking 4 bytes at offset 4 (actual buffer size is 6)
# expect: struct.error: unpack_from requires a buffer of at least 7 bytes for unpacking 4 bytes at offset 3 (actual buffer size is 6)
# expect: struct.error: offset -7 out of range for 6-byte buffer
# expect: struct.error: not enough data to unpack 2 bytes at offset -1
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: unpack_from() takes at least 1 positional argument (0 given)
# expect: struct.error: iterative unpacking requires a buffer of a multiple of 4 bytes
# expect: struct.error: cannot iteratively unpack with a struct of length 0
# expect: unpack_iterator
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: struct.error: pack_into requires a buffer of at least 8 bytes for packing 4 bytes at offset 4 (actual buffer size is 6)
# expect: struct.error: no space to pack 4 bytes at offset -2
# expect: struct.error: offset -7 out of range for 6-byte buffer
# expect: struct.error: pack_into requires a buffer of at least 11 bytes for packing 4 bytes at offset 7 (actual buffer size is 6)
# expect: TypeError: argument must be read-write bytes-like object, not bytes
# expect: TypeError: argument must be read-write bytes-like object, not str
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: struct.error: pack_into expected 1 items for packing (got 0)
# expect: struct.error: pack_into expected 1 items for packing (got 2)
# expect: struct.error: pack_into expected offset argument
# expect: struct.error: pack_into expected buffer argument
# expect: TypeError: missing format argument
# expect: struct.error: 'i' format requires -2147483648 <= number <= 2147483647
# expect: bytearray(b'\x00\x00\x00\x00\x00\x00')
# expect: error ('unpack requires a buffer of 2 bytes',) True
# expect: caught custom
