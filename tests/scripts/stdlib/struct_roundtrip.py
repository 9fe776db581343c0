# struct (C++, module_struct.cpp): every code in every byte order packed and unpacked again,
# sizes and native alignment, floats (half precision, NaN, inf), big ints, as CPython 3.11.
# args: --gil newgil
# args: --gil nogil
import struct
import math

values = {
    'b': [-128, -1, 0, 1, 127], 'B': [0, 1, 200, 255], 'h': [-32768, -2, 0, 300, 32767],
    'H': [0, 1, 65535], 'i': [-2**31, -5, 0, 2**31 - 1], 'I': [0, 7, 2**32 - 1],
    'l': [-2**31, -1, 0, 2**31 - 1], 'L': [0, 2**32 - 1], 'q': [-2**63, -1, 0, 2**63 - 1],
    'Q': [0, 2**63, 2**64 - 1], '?': [True, False], 'c': [b'a', b'\x00', b'\xff'],
    'e': [0.0, -0.0, 1.5, -2.25, 65504.0, 6.1035156e-05, 5.96e-08],
    'f': [0.0, 1.5, -3.25, 3.4028234663852886e38, 1e-45], 'd': [0.0, -1.5, 1e308, 5e-324, math.pi],
}
for prefix in ['', '@', '=', '<', '>', '!']:
    out = []
    for code, vals in values.items():
        for v in vals:
            data = struct.pack(prefix + code, v)
            back = struct.unpack(prefix + code, data)
            assert len(data) == struct.calcsize(prefix + code)
            out.append(f"{code}:{data.hex()}:{back[0]!r}")
    print(prefix or 'none', ' '.join(out))

# Native-only codes and native sizes of l and L.
for code in 'nNP':
    for v in [0, 1, 2**40]:
        print(code, struct.pack(code, v).hex(), struct.unpack(code, struct.pack(code, v)))
print(struct.pack('n', -5).hex(), struct.unpack('n', struct.pack('n', -5)), struct.pack('P', -1).hex())
print(struct.calcsize('l'), struct.calcsize('L'), struct.calcsize('<l'), struct.calcsize('=L'))
print(struct.unpack('N', b'\xff' * 8), struct.unpack('Q', b'\xff' * 8), struct.unpack('>q', b'\x80' + b'\x00' * 7))

# Sizes and alignment: native pads to each code's alignment, standard never does.
for fmt in ['bi', '@bi', '=bi', '<bi', 'bd', 'b0l', 'b0q', 'bhbi', 'ci', 'hc', 'xh', 'x?',
            'bP', 'iq', '3b', '2x3s0p', '0s', '10s', '3p', 'e', 'be', 'b?', 'bb0i', 'llh', '']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('bi', 1, 2).hex(), struct.pack('<bi', 1, 2).hex(), struct.pack('>bi', 1, 2).hex())
print(struct.pack('bhbi', 1, 2, 3, 4).hex(), struct.unpack('bhbi', struct.pack('bhbi', 1, -2, 3, -4)))
print(struct.pack(' < h  i ', 1, 2).hex() if False else struct.pack('< h  i ', 1, 2).hex())
print(struct.pack('3h', 1, 2, 3), struct.unpack('<3H', b'\x01\x00\x02\x00\x03\x00'))

# Repeat counts, strings and Pascal strings.
print(struct.pack('10s', b'hello'), struct.pack('3s', b'hello'), struct.pack('0s', b'abc'))
print(struct.pack('s', b'xyz'), struct.pack('4s', bytearray(b'ab')), struct.unpack('3s', b'abc'))
print(struct.pack('5p', b'hi'), struct.pack('3p', b'hello'), struct.pack('p', b'abc'))
print(struct.unpack('5p', b'\x02hiXX'), struct.unpack('3p', b'\x09abc'[:3]), struct.unpack('p', b'\x05'))
print(struct.pack('300p', b'x' * 300)[:2], len(struct.pack('300p', b'x' * 300)))
print(struct.pack('4x'), struct.unpack('2xh2x', b'\x00\x00\x05\x00\x00\x00'), struct.unpack('0s', b''))
print(struct.pack('<2c2?', b'a', b'b', 0, 'x'), struct.unpack('4?', b'\x00\x01\x02\xff'))
print(struct.pack(b'<h', 5), struct.calcsize(b'>q'), struct.unpack(b'<h', b'\x05\x00'))

# Floats: rounding to half and single precision, NaN and inf round trips, the sign of zero.
for v in [1.0009765625, 1.00048828125, 1.000732421875, 0.1, 1e-8, 65519.99, -65504.0, 1/3]:
    print(v, struct.pack('<e', v).hex(), struct.unpack('<e', struct.pack('<e', v))[0],
          struct.unpack('>f', struct.pack('>f', v))[0])
for v in [math.inf, -math.inf]:
    print([struct.unpack(c, struct.pack(c, v))[0] for c in ['e', '<f', '>d', 'f']])
for c in ['e', '>e', 'f', '<f', 'd', '!d']:
    back = struct.unpack(c, struct.pack(c, math.nan))[0]
    neg = struct.unpack(c, struct.pack(c, -math.nan))[0]
    print(c, math.isnan(back), math.isnan(neg), math.copysign(1, neg), struct.pack(c, math.nan).hex())
print(struct.pack('>e', -0.0).hex(), math.copysign(1, struct.unpack('<d', struct.pack('<d', -0.0))[0]))
print(struct.pack('f', 1e300).hex(), struct.pack('d', 3), struct.pack('<f', True), struct.pack('e', 2**10))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('>e', b'\x7b\xff'))

# Ints from bools, objects with __index__, and big ints at the edges of q and Q.
class Index:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(struct.pack('<?bHq', 1, True, Index(513), Index(-2**63)), struct.pack('<Q', Index(2**64 - 1)))
print(struct.pack('>qQ', 2**63 - 1, 2**64 - 1).hex(), struct.unpack('<qQ', struct.pack('<qQ', -2**63, 2**63)))
print(struct.pack('<i', False), struct.pack('B', True), struct.pack('<d', Index(3)))
class Truth:
    def __bool__(self): return False
class Floaty:
    def __float__(self): return 2.5
print(struct.pack('?', Truth()), struct.pack('?', [1]), struct.pack('<d', Floaty()), struct.pack('<e', Floaty()))

# expect: none b:80:-128 b:ff:-1 b:00:0 b:01:1 b:7f:127 B:00:0 B:01:1 B:c8:200 B:ff:255 h:0080:-32768 h:feff:-2 h:0000:0 h:2c01:300 h:ff7f:32767 H:0000:0 H:0100:1 H:ffff:65535 i:00000080:-2147483648 i:fbffffff:-5 i:00000000:0 i:ffffff7f:2147483647 I:00000000:0 I:07000000:7 I:ffffffff:4294967295 l:00000080ffffffff:-2147483648 l:ffffffffffffffff:-1 l:0000000000000000:0 l:ffffff7f00000000:2147483647 L:0000000000000000:0 L:ffffffff00000000:4294967295 q:0000000000000080:-9223372036854775808 q:ffffffffffffffff:-1 q:0000000000000000:0 q:ffffffffffffff7f:9223372036854775807 Q:0000000000000000:0 Q:0000000000000080:9223372036854775808 Q:ffffffffffffffff:18446744073709551615 ?:01:True ?:00:False c:61:b'a' c:00:b'\x00' c:ff:b'\xff' e:0000:0.0 e:0080:-0.0 e:003e:1.5 e:80c0:-2.25 e:ff7b:65504.0 e:0004:6.103515625e-05 e:0100:5.960464477539063e-08 f:00000000:0.0 f:0000c03f:1.5 f:000050c0:-3.25 f:ffff7f7f:3.4028234663852886e+38 f:01000000:1.401298464324817e-45 d:0000000000000000:0.0 d:000000000000f8bf:-1.5 d:a0c8eb85f3cce17f:1e+308 d:0100000000000000:5e-324 d:182d4454fb210940:3.141592653589793
# expect: @ b:80:-128 b:ff:-1 b:00:0 b:01:1 b:7f:127 B:00:0 B:01:1 B:c8:200 B:ff:255 h:0080:-32768 h:feff:-2 h:0000:0 h:2c01:300 h:ff7f:32767 H:0000:0 H:0100:1 H:ffff:65535 i:00000080:-2147483648 i:fbffffff:-5 i:00000000:0 i:ffffff7f:2147483647 I:00000000:0 I:07000000:7 I:ffffffff:4294967295 l:00000080ffffffff:-2147483648 l:ffffffffffffffff:-1 l:0000000000000000:0 l:ffffff7f00000000:2147483647 L:0000000000000000:0 L:ffffffff00000000:4294967295 q:0000000000000080:-9223372036854775808 q:ffffffffffffffff:-1 q:0000000000000000:0 q:ffffffffffffff7f:9223372036854775807 Q:0000000000000000:0 Q:0000000000000080:9223372036854775808 Q:ffffffffffffffff:18446744073709551615 ?:01:True ?:00:False c:61:b'a' c:00:b'\x00' c:ff:b'\xff' e:0000:0.0 e:0080:-0.0 e:003e:1.5 e:80c0:-2.25 e:ff7b:65504.0 e:0004:6.103515625e-05 e:0100:5.960464477539063e-08 f:00000000:0.0 f:0000c03f:1.5 f:000050c0:-3.25 f:ffff7f7f:3.4028234663852886e+38 f:01000000:1.401298464324817e-45 d:0000000000000000:0.0 d:000000000000f8bf:-1.5 d:a0c8eb85f3cce17f:1e+308 d:0100000000000000:5e-324 d:182d4454fb210940:3.141592653589793
# expect: = b:80:-128 b:ff:-1 b:00:0 b:01:1 b:7f:127 B:00:0 B:01:1 B:c8:200 B:ff:255 h:0080:-32768 h:feff:-2 h:0000:0 h:2c01:300 h:ff7f:32767 H:0000:0 H:0100:1 H:ffff:65535 i:00000080:-2147483648 i:fbffffff:-5 i:00000000:0 i:ffffff7f:2147483647 I:00000000:0 I:07000000:7 I:ffffffff:4294967295 l:00000080:-2147483648 l:ffffffff:-1 l:00000000:0 l:ffffff7f:2147483647 L:00000000:0 L:ffffffff:4294967295 q:0000000000000080:-9223372036854775808 q:ffffffffffffffff:-1 q:0000000000000000:0 q:ffffffffffffff7f:9223372036854775807 Q:0000000000000000:0 Q:0000000000000080:9223372036854775808 Q:ffffffffffffffff:18446744073709551615 ?:01:True ?:00:False c:61:b'a' c:00:b'\x00' c:ff:b'\xff' e:0000:0.0 e:0080:-0.0 e:003e:1.5 e:80c0:-2.25 e:ff7b:65504.0 e:0004:6.103515625e-05 e:0100:5.960464477539063e-08 f:00000000:0.0 f:0000c03f:1.5 f:000050c0:-3.25 f:ffff7f7f:3.4028234663852886e+38 f:01000000:1.401298464324817e-45 d:0000000000000000:0.0 d:000000000000f8bf:-1.5 d:a0c8eb85f3cce17f:1e+308 d:0100000000000000:5e-324 d:182d4454fb210940:3.141592653589793
# expect: < b:80:-128 b:ff:-1 b:00:0 b:01:1 b:7f:127 B:00:0 B:01:1 B:c8:200 B:ff:255 h:0080:-32768 h:feff:-2 h:0000:0 h:2c01:300 h:ff7f:32767 H:0000:0 H:0100:1 H:ffff:65535 i:00000080:-2147483648 i:fbffffff:-5 i:00000000:0 i:ffffff7f:2147483647 I:00000000:0 I:07000000:7 I:ffffffff:4294967295 l:00000080:-2147483648 l:ffffffff:-1 l:00000000:0 l:ffffff7f:2147483647 L:00000000:0 L:ffffffff:4294967295 q:0000000000000080:-9223372036854775808 q:ffffffffffffffff:-1 q:0000000000000000:0 q:ffffffffffffff7f:9223372036854775807 Q:0000000000000000:0 Q:0000000000000080:9223372036854775808 Q:ffffffffffffffff:18446744073709551615 ?:01:True ?:00:False c:61:b'a' c:00:b'\x00' c:ff:b'\xff' e:0000:0.0 e:0080:-0.0 e:003e:1.5 e:80c0:-2.25 e:ff7b:65504.0 e:0004:6.103515625e-05 e:0100:5.960464477539063e-08 f:00000000:0.0 f:0000c03f:1.5 f:000050c0:-3.25 f:ffff7f7f:3.4028234663852886e+38 f:01000000:1.401298464324817e-45 d:0000000000000000:0.0 d:000000000000f8bf:-1.5 d:a0c8eb85f3cce17f:1e+308 d:0100000000000000:5e-324 d:182d4454fb210940:3.141592653589793
# expect: > b:80:-128 b:ff:-1 b:00:0 b:01:1 b:7f:127 B:00:0 B:01:1 B:c8:200 B:ff:255 h:8000:-32768 h:fffe:-2 h:0000:0 h:012c:300 h:7fff:32767 H:0000:0 H:0001:1 H:ffff:65535 i:80000000:-2147483648 i:fffffffb:-5 i:00000000:0 i:7fffffff:2147483647 I:00000000:0 I:00000007:7 I:ffffffff:4294967295 l:80000000:-2147483648 l:ffffffff:-1 l:00000000:0 l:7fffffff:2147483647 L:00000000:0 L:ffffffff:4294967295 q:8000000000000000:-9223372036854775808 q:ffffffffffffffff:-1 q:0000000000000000:0 q:7fffffffffffffff:9223372036854775807 Q:0000000000000000:0 Q:8000000000000000:9223372036854775808 Q:ffffffffffffffff:18446744073709551615 ?:01:True ?:00:False c:61:b'a' c:00:b'\x00' c:ff:b'\xff' e:0000:0.0 e:8000:-0.0 e:3e00:1.5 e:c080:-2.25 e:7bff:65504.0 e:0400:6.103515625e-05 e:0001:5.960464477539063e-08 f:00000000:0.0 f:3fc00000:1.5 f:c0500000:-3.25 f:7f7fffff:3.4028234663852886e+38 f:00000001:1.401298464324817e-45 d:0000000000000000:0.0 d:bff8000000000000:-1.5 d:7fe1ccf385ebc8a0:1e+308 d:0000000000000001:5e-324 d:400921fb54442d18:3.141592653589793
# expect: ! b:80:-128 b:ff:-1 b:00:0 b:01:1 b:7f:127 B:00:0 B:01:1 B:c8:200 B:ff:255 h:8000:-32768 h:fffe:-2 h:0000:0 h:012c:300 h:7fff:32767 H:0000:0 H:0001:1 H:ffff:65535 i:80000000:-2147483648 i:fffffffb:-5 i:00000000:0 i:7fffffff:2147483647 I:00000000:0 I:00000007:7 I:ffffffff:4294967295 l:80000000:-2147483648 l:ffffffff:-1 l:00000000:0 l:7fffffff:2147483647 L:00000000:0 L:ffffffff:4294967295 q:8000000000000000:-9223372036854775808 q:ffffffffffffffff:-1 q:0000000000000000:0 q:7fffffffffffffff:9223372036854775807 Q:0000000000000000:0 Q:8000000000000000:9223372036854775808 Q:ffffffffffffffff:18446744073709551615 ?:01:True ?:00:False c:61:b'a' c:00:b'\x00' c:ff:b'\xff' e:0000:0.0 e:8000:-0.0 e:3e00:1.5 e:c080:-2.25 e:7bff:65504.0 e:0400:6.103515625e-05 e:0001:5.960464477539063e-08 f:00000000:0.0 f:3fc00000:1.5 f:c0500000:-3.25 f:7f7fffff:3.4028234663852886e+38 f:00000001:1.401298464324817e-45 d:0000000000000000:0.0 d:bff8000000000000:-1.5 d:7fe1ccf385ebc8a0:1e+308 d:0000000000000001:5e-324 d:400921fb54442d18:3.141592653589793
# expect: n 0000000000000000 (0,)
# expect: n 0100000000000000 (1,)
# expect: n 0000000000010000 (1099511627776,)
# expect: N 0000000000000000 (0,)
# expect: N 0100000000000000 (1,)
# expect: N 0000000000010000 (1099511627776,)
# expect: P 0000000000000000 (0,)
# expect: P 0100000000000000 (1,)
# expect: P 0000000000010000 (1099511627776,)
# expect: fbffffffffffffff (-5,) ffffffffffffffff
# expect: 8 8 4 4
# expect: (18446744073709551615,) (18446744073709551615,) (-9223372036854775808,)
# expect: 'bi' 8
# expect: '@bi' 8
# expect: '=bi' 5
# expect: '<bi' 5
# expect: 'bd' 16
# expect: 'b0l' 8
# expect: 'b0q' 8
# expect: 'bhbi' 12
# expect: 'ci' 8
# expect: 'hc' 3
# expect: 'xh' 4
# expect: 'x?' 2
# expect: 'bP' 16
# expect: 'iq' 16
# expect: '3b' 3
# expect: '2x3s0p' 5
# expect: '0s' 0
# expect: '10s' 10
# expect: '3p' 3
# expect: 'e' 2
# expect: 'be' 4
# expect: 'b?' 2
# expect: 'bb0i' 4
# expect: 'llh' 18
# expect: '' 0
# expect: 0100000002000000 0102000000 0100000002
# expect: 010002000300000004000000 (1, -2, 3, -4)
# expect: 010002000000
# expect: b'\x01\x00\x02\x00\x03\x00' (1, 2, 3)
# expect: b'hello\x00\x00\x00\x00\x00' b'hel' b''
# expect: b'x' b'ab\x00\x00' (b'abc',)
# expect: b'\x02hi\x00\x00' b'\x02he' b'\x00'
# expect: (b'hi',) (b'ab',) (b'',)
# expect: b'\xffx' 300
# expect: b'\x00\x00\x00\x00' (5,) (b'',)
# expect: b'ab\x00\x01' (False, True, True, True)
# expect: b'\x05\x00' 8 (5,)
# expect: 1.0009765625 013c 1.0009765625 1.0009765625
# expect: 1.00048828125 003c 1.0 1.00048828125
# expect: 1.000732421875 013c 1.0009765625 1.000732421875
# expect: 0.1 662e 0.0999755859375 0.10000000149011612
# expect: 1e-08 0000 0.0 9.99999993922529e-09
# expect: 65519.99 ff7b 65504.0 65519.98828125
# expect: -65504.0 fffb -65504.0 -65504.0
# expect: 0.3333333333333333 5535 0.333251953125 0.3333333432674408
# expect: [inf, inf, inf, inf]
# expect: [-inf, -inf, -inf, -inf]
# expect: e True True -1.0 007e
# expect: >e True True -1.0 7e00
# expect: f True True -1.0 0000c07f
# expect: <f True True -1.0 0000c07f
# expect: d True True -1.0 000000000000f87f
# expect: !d True True -1.0 7ff8000000000000
# expect: 8000 -1.0
# expect: 0000807f b'\x00\x00\x00\x00\x00\x00\x08@' b'\x00\x00\x80?' b'\x00d'
# expect: (inf,) (5.960464477539063e-08,) (65504.0,)
# expect: b'\x01\x01\x01\x02\x00\x00\x00\x00\x00\x00\x00\x80' b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: 7fffffffffffffffffffffffffffffff (-9223372036854775808, 9223372036854775808)
# expect: b'\x00\x00\x00\x00' b'\x01' b'\x00\x00\x00\x00\x00\x00\x08@'
# expect: b'\x00' b'\x01' b'\x00\x00\x00\x00\x00\x00\x04@' b'\x00A'
