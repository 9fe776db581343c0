# math's one-argument functions called with just their argument (no Args made): floats, ints,
# bools, big ints, instances with __float__ or __floor__, and their errors, as CPython's.
import math
from fractions import Fraction


class Floorish:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


class HasFloat:
    def __float__(self):
        return 2.25


for v in [16, 2.25, True, False, 10**40, Fraction(9, 4), HasFloat(), 0, -0.0]:
    print(repr(math.sqrt(v)), repr(math.exp(v) if v != 10**40 else "skip"), repr(math.fabs(v)))
for v in [2.5, -2.5, 0.5, -0.5, 3, -3, True, 10**30, 1e300, -1e19, 9.2e18, Fraction(7, 2),
          Floorish(), HasFloat(), -0.0]:
    print(repr(math.floor(v)), repr(math.ceil(v)), repr(math.trunc(v)) if not isinstance(v, HasFloat) else "-")
print(math.sin(0), math.cos(0.0), math.atan(1) * 4, math.degrees(math.pi), math.radians(180))
print(math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5), math.erf(1), math.erfc(1))
print(math.cbrt(27), math.exp2(10), math.expm1(1e-10), math.sinh(1), math.cosh(1), math.tan(1))
for call in [
    lambda: math.sqrt(-1),
    lambda: math.sqrt("4"),
    lambda: math.sqrt(None),
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.sqrt(x=4),
    lambda: math.exp(1000),
    lambda: math.exp(10**400),
    lambda: math.acos(2),
    lambda: math.atanh(1),
    lambda: math.floor(float("inf")),
    lambda: math.ceil(float("-inf")),
    lambda: math.trunc(float("nan")),
    lambda: math.floor("x"),
    lambda: math.trunc("x"),
    lambda: math.floor(),
    lambda: math.ceil(1, 2),
    lambda: math.sqrt(float("inf")),
    lambda: math.sqrt(float("nan")),
    lambda: math.floor(1e308),
]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

# expect: 4.0 8886110.520507872 16.0
# expect: 1.5 9.487735836358526 2.25
# expect: 1.0 2.718281828459045 1.0
# expect: 0.0 1.0 0.0
# expect: 1e+20 'skip' 1e+40
# expect: 1.5 9.487735836358526 2.25
# expect: 1.5 9.487735836358526 2.25
# expect: 0.0 1.0 0.0
# expect: -0.0 1.0 0.0
# expect: 2 3 2
# expect: -3 -2 -2
# expect: 0 1 0
# expect: -1 0 0
# expect: 3 3 3
# expect: -3 -3 -3
# expect: 1 1 1
# expect: 1000000000000000000000000000000 1000000000000000000000000000000 1000000000000000000000000000000
# expect: 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
# expect: -10000000000000000000 -10000000000000000000 -10000000000000000000
# expect: 9200000000000000000 9200000000000000000 9200000000000000000
# expect: 3 4 3
# expect: 'floored' 'ceiled' 'truncated'
# expect: 2 3 -
# expect: 0 0 0
# expect: 0.0 1.0 3.141592653589793 180.0 3.141592653589793
# expect: 0.46211715726000974 0.881373587019543 1.3169578969248166 0.5493061443340548 0.8427007929497149 0.15729920705028513
# expect: 3.0000000000000004 1024.0 1.00000000005e-10 1.1752011936438014 1.5430806348152437 1.5574077246549023
# expect: ValueError math domain error
# expect: TypeError must be real number, not str
# expect: TypeError must be real number, not NoneType
# expect: TypeError math.sqrt() takes exactly one argument (0 given)
# expect: TypeError math.sqrt() takes exactly one argument (2 given)
# expect: TypeError math.sqrt() takes no keyword arguments
# expect: OverflowError math range error
# expect: OverflowError int too large to convert to float
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: OverflowError cannot convert float infinity to integer
# expect: OverflowError cannot convert float infinity to integer
# expect: ValueError cannot convert float NaN to integer
# expect: TypeError must be real number, not str
# expect: TypeError type str doesn't define __trunc__ method
# expect: TypeError math.floor() takes exactly one argument (0 given)
# expect: TypeError math.ceil() takes exactly one argument (2 given)
# expect: inf
# expect: nan
# expect: 100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336
