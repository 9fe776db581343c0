# fractions.Fraction: construction, arithmetic with int/float/Fraction, comparisons, hashing,
# conversions and CPython 3.11's messages.
from fractions import Fraction
import math
print(Fraction(3, 4), repr(Fraction(6, -8)), Fraction(), Fraction(5))
print(Fraction('3/4'), Fraction('1.5'), Fraction(' -2 '), Fraction('1e-3'), Fraction('-.25'), Fraction('1_000/3'))
print(Fraction(0.1), Fraction(-2.5), Fraction(Fraction(1, 3)), Fraction(Fraction(1, 3), Fraction(2, 5)))
a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** Fraction(3), 4 ** Fraction(1, 2))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b, divmod(7, b), a + 0.5, 0.5 + a, a * 1.5, a / 0.5, 1.0 // b)
print(-a, +a, abs(-a), a < b, a > b, a <= 1, a >= 0.3, a == Fraction(2, 6), a != 1, Fraction(2) == 2, Fraction(1, 2) == 0.5, a < float('inf'), a == float('nan'))
print(hash(Fraction(5)) == hash(5), hash(Fraction(-1)), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(1, 3)))
print(a.numerator, a.denominator, b.as_integer_ratio(), Fraction.from_float(0.25), Fraction.from_float(3))
print(Fraction(math.pi).limit_denominator(1000), Fraction(3.14159).limit_denominator(10), Fraction(1, 3).limit_denominator(5))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(int(Fraction(-7, 2)), float(Fraction(1, 3)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), bool(Fraction(0)), bool(a))
print(math.gcd(12, 18), sum([Fraction(1, n) for n in range(1, 6)]), sorted([b, a, Fraction(1, 2)]), max(a, b), str(Fraction(4, 2)))
print({Fraction(1, 2): 'half'}[0.5], {2: 'two'}[Fraction(4, 2)])
print(hash(Fraction(3, 7)), hash(Fraction(-5, 4)) == hash(-1.25), hash(Fraction(10**30, 3)), hash(Fraction(1, (1 << 61) - 1)))
for bad in [lambda: Fraction(1, 0), lambda: Fraction('1/0'), lambda: Fraction('-3/0'), lambda: a / 0, lambda: Fraction(0) ** -1, lambda: Fraction('abc'), lambda: Fraction('1/'), lambda: Fraction([]), lambda: Fraction(1, 2.0), lambda: Fraction.from_float('x'), lambda: a + 'x', lambda: a < 'x', lambda: Fraction(1, 3).limit_denominator(0), lambda: Fraction(float('inf')), lambda: Fraction(float('nan')), lambda: a % 0]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# expect: 3/4 Fraction(-3, 4) 0 5
# expect: 3/4 3/2 -2 1/1000 -1/4 1000/3
# expect: 3602879701896397/36028797018963968 -5/2 1/3 5/6
# expect: 13/12 -5/12 1/4 4/9 0 1/3 (2, Fraction(1, 12)) 1/9 9 -27 0.5773502691896257 8 2.0
# expect: 4/3 4/3 -2/3 2/3 1 1 1/6 6 21 1/4 (9, Fraction(1, 4)) 0.8333333333333333 0.8333333333333333 0.5 0.6666666666666666 1.0
# expect: -1/3 1/3 1/3 True False True True True True True True True False
# expect: True -2 True 1537228672809129301
# expect: 1 3 (3, 4) 1/4 3
# expect: 355/113 22/7 1/3
# expect: 2 4 -2 157/50 1200
# expect: -3 0.3333333333333333 -4 -3 -3 False True
# expect: 6 137/60 [Fraction(1, 3), Fraction(1, 2), Fraction(3, 4)] 3/4 2
# expect: half two
# expect: 1317624576693539401 True 923700564924146219 314159
# expect: ZeroDivisionError Fraction(1, 0)
# expect: ZeroDivisionError Fraction(1, 0)
# expect: ZeroDivisionError Fraction(-3, 0)
# expect: ZeroDivisionError Fraction(1, 0)
# expect: ZeroDivisionError Fraction(1, 0)
# expect: ValueError Invalid literal for Fraction: 'abc'
# expect: ValueError Invalid literal for Fraction: '1/'
# expect: TypeError argument should be a string or a Rational instance
# expect: TypeError both arguments should be Rational instances
# expect: TypeError Fraction.from_float() only takes floats, not 'x' (str)
# expect: TypeError unsupported operand type(s) for +: 'Fraction' and 'str'
# expect: TypeError '<' not supported between instances of 'Fraction' and 'str'
# expect: ValueError max_denominator should be at least 1
# expect: OverflowError cannot convert Infinity to integer ratio
# expect: ValueError cannot convert NaN to integer ratio
# expect: ZeroDivisionError integer modulo by zero
