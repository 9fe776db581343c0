# chr(): ASCII characters (shared objects), others, __index__, and CPython's errors for out-of-range and non-int arguments.
print([chr(i) for i in (0, 65, 127, 128, 233, 0x10FFFF)], chr(97) is chr(97), len(chr(200)))
for bad in (-1, 0x110000, 2**70, "a", 1.5):
    try:
        chr(bad)
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 66
print(chr(I()), chr(True))
for b in (2**40, -2**40, 2**31, -2**31-1, -2**31, 2**70):
    try: chr(b)
    except Exception as e: print(type(e).__name__, e)

# The expected output (CPython 3.11):
# expect: ['\x00', 'A', '\x7f', '\x80', 'é', '\U0010ffff'] True 1
# expect: ValueError chr() arg not in range(0x110000)
# expect: ValueError chr() arg not in range(0x110000)
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: B 
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: ValueError chr() arg not in range(0x110000)
# expect: OverflowError Python int too large to convert to C int
