# hex(), oct() and bin(): ints of 64 bits written on the stack (sign, prefix, digits), and beside
# them big ints, bools, an __index__ object and the TypeErrors.
for v in [0, 1, -1, 255, -256, 2**63 - 1, -2**63, 2**63, -2**64, 2**100 + 5, True, False]:
    print(hex(v), oct(v), bin(v))
class I:
    def __index__(self):
        return -42
print(hex(I()), oct(I()), bin(I()))
for bad in (1.5, "1", None):
    try:
        hex(bad)
    except TypeError as error:
        print(type(error).__name__, error)

# expect: 0x0 0o0 0b0
# expect: 0x1 0o1 0b1
# expect: -0x1 -0o1 -0b1
# expect: 0xff 0o377 0b11111111
# expect: -0x100 -0o400 -0b100000000
# expect: 0x7fffffffffffffff 0o777777777777777777777 0b111111111111111111111111111111111111111111111111111111111111111
# expect: -0x8000000000000000 -0o1000000000000000000000 -0b1000000000000000000000000000000000000000000000000000000000000000
# expect: 0x8000000000000000 0o1000000000000000000000 0b1000000000000000000000000000000000000000000000000000000000000000
# expect: -0x10000000000000000 -0o2000000000000000000000 -0b10000000000000000000000000000000000000000000000000000000000000000
# expect: 0x10000000000000000000000005 0o2000000000000000000000000000000005 0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000101
# expect: 0x1 0o1 0b1
# expect: 0x0 0o0 0b0
# expect: -0x2a -0o52 -0b101010
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
