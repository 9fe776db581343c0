# The methods and data attributes of ints and floats (bit_length, bit_count, to_bytes,
# as_integer_ratio, conjugate, real/imag/numerator/denominator; float.hex, is_integer), and the
# builtin types' names as namespaces: methods not yet bound (`key=str.lower`, `list.append(l, x)`)
# and the types' own constructors (dict.fromkeys, int.from_bytes, bytes.fromhex), with CPython's
# errors. Expected output from python3.11.

for v in [0, 1, -1, 255, 256, -256, 2**63 - 1, -2**63, 2**64, -2**64 - 5, 10**30, True, False]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (0).to_bytes(0, "big"), (5).to_bytes())
print((-1).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "little", signed=True))
print((2**70).to_bytes(9, "big"), (-(2**70)).to_bytes(10, "little", signed=True))
for args in [((256,), (1, "big")), ((-1,), (1, "big")), ((128,), (1, "big", True)), ((-129,), (1, "big", True)), ((1,), (-1, "big")), ((1,), (1, "middle"))]:
    try:
        v = args[0][0]
        a = args[1]
        if len(a) == 3:
            print(v.to_bytes(a[0], a[1], signed=a[2]))
        else:
            print(v.to_bytes(*a))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\x80\x00", "big", signed=True))
print(int.from_bytes(bytes(range(1, 20)), "little"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\xff" * 12, "big", signed=True))
for f in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"), 3.0, 1e16]:
    print(f.hex(), f.is_integer(), f.real, f.imag, f.conjugate())
for f in [0.5, 0.1, -3.75, 1e20, 0.0, 2.0**-1074]:
    print(f.as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print(sorted(["banana", "Apple", "cherry"], key=str.lower), list(map(str.strip, [" a ", "b "])), str.join("-", ["x", "y"]))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), bytes.fromhex("de ad BE EF"), bytes.fromhex(""), str.upper("q"))
l = []; list.append(l, 3); print(l, dict.get({1: 2}, 1), set.union({1}, {2}), int.bit_length(255), float.is_integer(2.0), tuple.count((1, 1), 1))
for bad in [lambda: str.lower(), lambda: str.lower(5), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: list.append((), 1), lambda: int.from_bytes("ab", "big"), lambda: int.to_bytes(1.5, 1, "big")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(True.bit_length(), True.real, type(True.real).__name__, (5).to_bytes(2, "big", signed=False), str.lower.__name__)
# expect: 0 0 0 (0, 1) 0 0 0 0 1
# expect: 1 1 1 (1, 1) 1 1 0 1 1
# expect: -1 1 1 (-1, 1) -1 -1 0 -1 1
# expect: 255 8 8 (255, 1) 255 255 0 255 1
# expect: 256 9 1 (256, 1) 256 256 0 256 1
# expect: -256 9 1 (-256, 1) -256 -256 0 -256 1
# expect: 9223372036854775807 63 63 (9223372036854775807, 1) 9223372036854775807 9223372036854775807 0 9223372036854775807 1
# expect: -9223372036854775808 64 1 (-9223372036854775808, 1) -9223372036854775808 -9223372036854775808 0 -9223372036854775808 1
# expect: 18446744073709551616 65 1 (18446744073709551616, 1) 18446744073709551616 18446744073709551616 0 18446744073709551616 1
# expect: -18446744073709551621 65 3 (-18446744073709551621, 1) -18446744073709551621 -18446744073709551621 0 -18446744073709551621 1
# expect: 1000000000000000000000000000000 100 37 (1000000000000000000000000000000, 1) 1000000000000000000000000000000 1000000000000000000000000000000 0 1000000000000000000000000000000 1
# expect: True 1 1 (1, 1) 1 1 0 1 1
# expect: False 0 0 (0, 1) 0 0 0 0 1
# expect: b'\x04\x00' b'\x00\x04' b'' b'\x05'
# expect: b'\xff' b'\x80' b'\x7f'
# expect: b'@\x00\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x00\x00\xc0\xff'
# expect: OverflowError int too big to convert
# expect: OverflowError can't convert negative int to unsigned
# expect: OverflowError int too big to convert
# expect: OverflowError int too big to convert
# expect: ValueError length argument must be non-negative
# expect: ValueError byteorder must be either 'little' or 'big'
# expect: 256 1 -1 -32768
# expect: 425287986064908552947102636586749984814334465 66051 0 -1
# expect: 0x0.0p+0 True 0.0 0.0 0.0
# expect: -0x0.0p+0 True -0.0 0.0 -0.0
# expect: 0x1.0000000000000p+0 True 1.0 0.0 1.0
# expect: 0x1.999999999999ap-4 False 0.1 0.0 0.1
# expect: -0x1.4000000000000p+1 False -2.5 0.0 -2.5
# expect: 0x1.7e43c8800759cp+996 True 1e+300 0.0 1e+300
# expect: 0x0.0000000000001p-1022 False 5e-324 0.0 5e-324
# expect: 0x1.0000000000000p-1022 False 2.2250738585072014e-308 0.0 2.2250738585072014e-308
# expect: inf False inf 0.0 inf
# expect: -inf False -inf 0.0 -inf
# expect: nan False nan 0.0 nan
# expect: 0x1.8000000000000p+1 True 3.0 0.0 3.0
# expect: 0x1.1c37937e08000p+53 True 1e+16 0.0 1e+16
# expect: (1, 2)
# expect: (3602879701896397, 36028797018963968)
# expect: (-15, 4)
# expect: (100000000000000000000, 1)
# expect: (0, 1)
# expect: (1, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)
# expect: cannot convert Infinity to integer ratio
# expect: cannot convert NaN to integer ratio
# expect: ['Apple', 'banana', 'cherry'] ['a', 'b'] x-y
# expect: {'a': None, 'b': None, 'c': None} {1: 0, 2: 0} b'\xde\xad\xbe\xef' b'' Q
# expect: [3] 2 {1, 2} 8 True 2
# expect: TypeError unbound method str.lower() needs an argument
# expect: TypeError descriptor 'lower' for 'str' objects doesn't apply to a 'int' object
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: TypeError descriptor 'append' for 'list' objects doesn't apply to a 'tuple' object
# expect: TypeError cannot convert 'str' object to bytes
# expect: TypeError descriptor 'to_bytes' for 'int' objects doesn't apply to a 'float' object
# expect: 1 1 int b'\x00\x05' lower
