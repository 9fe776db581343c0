# VM-only: ints are 64-bit and overflow raises OverflowError (CPython has big ints).
big = 9223372036854775807
small = -big - 1

def overflows(what, f, arg):
    try:
        f(arg)
        print(what, "did not overflow")
    except OverflowError:
        print(what, "overflow")

def add(x):
    return x + 1

def sub(x):
    return x - 1

def mul(x):
    return x * 2

def power(x):
    return 2 ** x

def neg(x):
    return -x

def floordiv(x):
    return x // -1

overflows("add", add, big)  # expect: add overflow
overflows("sub", sub, small)  # expect: sub overflow
overflows("mul", mul, big // 2 + 1)  # expect: mul overflow
overflows("pow", power, 63)  # expect: pow overflow
overflows("neg", neg, small)  # expect: neg overflow
overflows("floordiv", floordiv, small)  # expect: floordiv overflow
overflows("pow 62", power, 62)  # expect: pow 62 did not overflow
x = big
try:
    x += 1
except OverflowError:
    print("augmented overflow, x unchanged:", x == big)  # expect: augmented overflow, x unchanged: True
try:
    int("9223372036854775808")
except OverflowError:
    print("int() overflow")  # expect: int() overflow
print(int("-9223372036854775808"))  # expect: -9223372036854775808
