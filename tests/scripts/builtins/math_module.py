# The math module: values (the same libm as CPython on this platform), ints in and out, and the
# errors CPython 3.11 raises at each domain and range edge.
import math
from math import sqrt, pi, floor, ceil


def err(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(sqrt(2), sqrt(16), sqrt(True), math.sqrt(10 ** 30), pi, math.e, math.tau)
# expect: 1.4142135623730951 4.0 1.0 1000000000000000.0 3.141592653589793 2.718281828459045 6.283185307179586
print(math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1))
# expect: inf -inf nan True True True
print([round(f(0.5), 12) for f in (math.sin, math.cos, math.tan, math.asin, math.acos, math.atan)])
# expect: [0.479425538604, 0.87758256189, 0.546302489844, 0.523598775598, 1.047197551197, 0.463647609001]
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
# expect: 1.1752011936438014 1.5430806348152437 0.7615941559557649 0.881373587019543 1.3169578969248166 0.5493061443340548
print(math.exp(1), math.expm1(1e-10), math.log(math.e), math.log(8, 2), math.log(100, 10))
# expect: 2.718281828459045 1.00000000005e-10 1.0 3.0 2.0
print(math.log2(1024), math.log10(1000), math.log1p(1e-10), math.log(10 ** 400), math.log2(2 ** 3000))
# expect: 10.0 3.0 9.999999999500001e-11 921.0340371976182 3000.0
print(math.log10(10 ** 500), math.log(2 ** 64), math.log(5), math.log(True + 1))
# expect: 500.0 44.3614195558365 1.6094379124341003 0.6931471805599453
print(floor(2.5), floor(-2.5), ceil(2.1), ceil(-2.1), math.trunc(-2.9), floor(7), ceil(True))
# expect: 2 -3 3 -2 -2 7 1
print(floor(1e20), ceil(-1e30), math.trunc(2 ** 70), type(floor(2.0)).__name__)
# expect: 100000000000000000000 -1000000000000000019884624838656 1180591620717411303424 int
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
# expect: 1024.0 1.4142135623730951 -512.0 1.0 1.0
print(math.atan2(1, -1), math.atan2(-0.0, -1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf))
# expect: 2.356194490192345 -3.141592653589793 1.0 -1.0 5.0
print(math.copysign(3, -0.0), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.fabs(-4))
# expect: -3.0 5.0 0.0 3.0 4.0
print(math.degrees(pi), math.radians(180), math.erf(1), math.erfc(1))
# expect: 180.0 3.141592653589793 0.8427007929497149 0.15729920705028513
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
# expect: True False True
print(math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))
# expect: True True False
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
# expect: 1.0 0.9999999999999999 1.0 0.0
print(math.fsum([math.inf, 1]), math.fsum(x / 10 for x in range(10)))
# expect: inf 4.5
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(2 ** 80, 6 ** 40), math.gcd(7))
# expect: 6 6 0 0 1099511627776 7
print(math.factorial(0), math.factorial(20), math.factorial(25), math.prod([1, 2, 3, 4]), math.prod([2.5, 2], start=2))
# expect: 1 2432902008176640000 15511210043330985984000000 24 10.0
print(err(math.sqrt, -1), err(math.log, 0), err(math.log, -1), err(math.log, 0.0), err(math.exp, 1000))
# expect: ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error OverflowError: math range error
print(err(math.acos, 2), err(math.asin, -1.5), err(math.atanh, 1), err(math.acosh, 0.5), err(math.log1p, -1))
# expect: ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error
print(err(math.pow, -8, 1 / 3), err(math.pow, 0, -1), err(math.pow, 10, 400), err(math.fmod, 1, 0))
# expect: ValueError: math domain error ValueError: math domain error OverflowError: math range error ValueError: math domain error
print(err(math.cosh, 1000), err(math.log, 2, 1), err(math.sinh, -1000), err(math.exp, 709.0) == math.exp(709))
# expect: OverflowError: math range error ZeroDivisionError: float division by zero OverflowError: math range error True
print(err(floor, math.inf), err(ceil, math.nan), err(math.trunc, "x"), err(floor, "x"), err(math.sqrt, "4"))
# expect: OverflowError: cannot convert float infinity to integer ValueError: cannot convert float NaN to integer TypeError: type str doesn't define __trunc__ method TypeError: must be real number, not str TypeError: must be real number, not str
print(err(math.factorial, -1), err(math.factorial, 2.0), err(math.gcd, 1.5), err(math.sqrt, 10 ** 400))
# expect: ValueError: factorial() not defined for negative values TypeError: 'float' object cannot be interpreted as an integer TypeError: 'float' object cannot be interpreted as an integer OverflowError: int too large to convert to float
print(err(lambda: math.isclose(1, 2, rel_tol=-1)), err(math.log2, -2), err(math.log10, 0), err(math.log, -(10 ** 400)))
# expect: ValueError: tolerances must be non-negative ValueError: math domain error ValueError: math domain error ValueError: math domain error
print(math.sqrt(math.inf), math.isnan(math.sqrt(math.nan)), math.exp(-math.inf), math.atan(math.inf))
# expect: inf True 0.0 1.5707963267948966
