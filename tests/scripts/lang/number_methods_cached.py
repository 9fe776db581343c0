# Methods of ints, bools and floats called at one site over and over, and one site meeting
# values of several types (each keeps its own method).
# args: --gil newgil
# args: --gil nogil
def bits(x):
    return x.bit_length()


for v in (0, 1, 255, -256, 10**30, True, False, 2**63, -(2**64)):
    print(bits(v))


def conj(x):
    return x.conjugate()


for v in (3, 2.5, True, 10**20, -1.5, 7):
    print(conj(v))


def hexed(x):
    return x.hex()


for v in (1.0, 0.5, -2.25):
    print(hexed(v))
for v in ("ab", b"ab"):
    try:
        print(hexed(v))
    except AttributeError as e:
        print(type(e).__name__, e)
total = 0
for i in range(1000):
    total += (i * 7).bit_length() + (i / 4).is_integer()
print(total)
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (3.75).as_integer_ratio())
for v in (5, 5.0, "5"):
    try:
        print(v.is_integer())
    except AttributeError as e:
        print(type(e).__name__, e)

# The expected output (CPython 3.11):
# expect: 0
# expect: 1
# expect: 8
# expect: 9
# expect: 100
# expect: 1
# expect: 0
# expect: 64
# expect: 65
# expect: 3
# expect: 2.5
# expect: 1
# expect: 100000000000000000000
# expect: -1.5
# expect: 7
# expect: 0x1.0000000000000p+0
# expect: 0x1.0000000000000p-1
# expect: -0x1.2000000000000p+1
# expect: AttributeError 'str' object has no attribute 'hex'
# expect: 6162
# expect: 12071
# expect: b'\x04\x00' 1 (15, 4)
# expect: AttributeError 'int' object has no attribute 'is_integer'
# expect: True
# expect: AttributeError 'str' object has no attribute 'is_integer'
