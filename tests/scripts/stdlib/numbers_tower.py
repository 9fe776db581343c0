# numbers (vm/modules/lib/numbers.py): the numeric tower for isinstance and issubclass, the
# mixin methods a subclass gets from the abstract ones it defines
import numbers
from fractions import Fraction
values = [3, True, 2.5, 1 + 2j, Fraction(1, 3), 'x', None, [1]]
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, [isinstance(v, cls) for v in values])
print(issubclass(int, numbers.Number), issubclass(float, numbers.Integral), issubclass(bool, numbers.Rational))
print(issubclass(numbers.Integral, numbers.Real), issubclass(numbers.Real, numbers.Integral), issubclass(complex, numbers.Real))


class Meters(numbers.Integral):
    def __init__(self, n): self.n = n
    def __int__(self): return self.n
    def __pow__(self, e, m=None): return Meters(self.n ** e)
    def __lshift__(self, o): return Meters(self.n << int(o))
    def __rlshift__(self, o): return int(o) << self.n
    def __rshift__(self, o): return Meters(self.n >> int(o))
    def __rrshift__(self, o): return int(o) >> self.n
    def __and__(self, o): return Meters(self.n & int(o))
    def __rand__(self, o): return int(o) & self.n
    def __xor__(self, o): return Meters(self.n ^ int(o))
    def __rxor__(self, o): return int(o) ^ self.n
    def __or__(self, o): return Meters(self.n | int(o))
    def __ror__(self, o): return int(o) | self.n
    def __invert__(self): return Meters(~self.n)
    def __trunc__(self): return self.n
    def __floor__(self): return self.n
    def __ceil__(self): return self.n
    def __round__(self, nd=None): return self.n
    def __floordiv__(self, o): return Meters(self.n // int(o))
    def __rfloordiv__(self, o): return int(o) // self.n
    def __mod__(self, o): return Meters(self.n % int(o))
    def __rmod__(self, o): return int(o) % self.n
    def __lt__(self, o): return self.n < int(o)
    def __le__(self, o): return self.n <= int(o)
    def __add__(self, o): return Meters(self.n + int(o))
    def __radd__(self, o): return Meters(int(o) + self.n)
    def __neg__(self): return Meters(-self.n)
    def __pos__(self): return Meters(self.n)
    def __mul__(self, o): return Meters(self.n * int(o))
    def __rmul__(self, o): return Meters(int(o) * self.n)
    def __truediv__(self, o): return self.n / int(o)
    def __rtruediv__(self, o): return int(o) / self.n
    def __rpow__(self, b): return b ** self.n
    def __abs__(self): return Meters(abs(self.n))
    def __eq__(self, o): return self.n == int(o)
    def __repr__(self): return f'Meters({self.n})'
m = Meters(7)
print(isinstance(m, numbers.Number), m - 2, 10 - m, divmod(m, 2), float(m), complex(m), m.numerator, m.denominator)
print(m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)), [10, 20, 30, 40, 50, 60, 70, 80][Meters(3)], hex(m))
try:
    hash(m)
except TypeError as e:
    print('TypeError', e)

# expect: Number [True, True, True, True, True, False, False, False]
# expect: Complex [True, True, True, True, True, False, False, False]
# expect: Real [True, True, True, False, True, False, False, False]
# expect: Rational [True, True, False, False, True, False, False, False]
# expect: Integral [True, True, False, False, False, False, False, False]
# expect: True False True
# expect: True False False
# expect: True Meters(5) Meters(3) (Meters(3), Meters(1)) 7.0 (7+0j) Meters(7) 1
# expect: Meters(7) 0 Meters(7) True False 40 0x7
# expect: TypeError unhashable type: 'Meters'
