# Script classes derived from int and float: made by int.__new__ / float.__new__ (with a __new__
# of their own taking extra arguments), arithmetic giving plain numbers unless the class
# overrides it, comparisons, hashing and equality with plain numbers (dict keys, sets), use as
# an index (__index__: range, indexing, repetition), conversions (int(), float(), round, math),
# formatting (repr/str overrides, format specs, %-formats, json), builtin methods and
# attributes, a property on a float's subclass; errors as CPython 3.11's.
import math
import json


class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)

    def cents(self):
        return self * 100


class Strict(int):
    def __new__(cls, value, label="?"):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def __add__(self, other):
        return Strict(int(self) + int(other), self.label + "+")

    def __eq__(self, other):
        return int(self) == int(other) and isinstance(other, Strict)

    __hash__ = int.__hash__


m = Money(5)
print(m, repr(m), str(m), type(m).__name__, m + 1, type(m + 1).__name__, 1 + m, m * 2, -m, abs(Money(-3)))
print(m.cents(), type(m.cents()).__name__, m == 5, 5 == m, m != 5, m < 6, 4 < m, m >= 5, hash(m) == hash(5))
print(isinstance(m, int), isinstance(m, Money), issubclass(Money, int), type(m) is Money, isinstance(m, float))
print(int(m), type(int(m)).__name__, float(m), bool(Money(0)), bool(m), not Money(0), m // 2, m % 3, m ** 2, m / 2)
print(list(range(m)), [10, 20, 30, 40, 50, 60][m], "abcdefg"[Money(2)], [0] * Money(3), m.bit_length(), m.real)
print({5: "five"}[m], {m: "m"}[5], m in {5}, 5 in {m: 1}, sorted([Money(3), 1, Money(2)]), max(Money(1), 2))
print(f"{m}", f"{m:>4}", f"{m:x}", "%d %s %r %x %.1f" % (m, m, m, m, m), "{} {!r} {:03d}".format(m, m, m), format(m))
print(json.dumps([m, Money(7)]), hex(m), bin(m), divmod(m, 2), round(m), math.sqrt(Money(16)), pow(m, 2))
print(m & 4, m | 2, m ^ 1, m << 1, m >> 1, ~m, m.to_bytes(2, "big"), (m).conjugate(), Money(2) ** -1)
s = Strict(3, "a")
t = s + 4
print(t, t.label, type(t).__name__, s == 3, s == Strict(3), s.label, 4 + s, type(4 + s).__name__)
x = Money(10)
x += 5
print(x, type(x).__name__)
big = Money(2 ** 70)
print(big, big + 1, type(big + 1).__name__, big > 2 ** 69, hash(big) == hash(2 ** 70))


class Celsius(float):
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __str__(self):
        return "%.1f°C" % self


c = Celsius(21.5)
print(c, repr(c), c.fahrenheit, c + 1, type(c + 1).__name__, c * 2, c == 21.5, hash(c) == hash(21.5))
print(isinstance(c, float), isinstance(c, int), float(c), type(float(c)).__name__, int(c), round(c), math.floor(c))
print(f"{c}", f"{c:.2f}", "%s|%.3f|%r" % (c, c, c), c.is_integer(), Celsius(2.0).is_integer(), c.real, c.hex())
print(math.sqrt(Celsius(4.0)), sorted([Celsius(3.5), 1.0, Celsius(2.5)]), c < 22, c > 21, -c, abs(Celsius(-1.5)))
print(json.dumps({"t": c}), Celsius("3.25"), Celsius(), Money(), Money("12"), Money("ff", 16), bool(Celsius(0.0)))
c2 = Celsius(1.5)
c2.note = "warm"
print(c2.note, c2.__dict__, {1.5: "x"}[c2], divmod(c, 2))
try:
    Money("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Money)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(str, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class IF(int, float):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][Celsius(1.0)]
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) + "a"
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(Money, 9), type(int.__new__(Money, 9)).__name__, float.__new__(Celsius, 1), int.__add__(m, 1))

# expect: Money(5) Money(5) Money(5) Money 6 int 6 10 -5 3
# expect: 500 int True True False True True True True
# expect: True True True True False
# expect: 5 int 5.0 False True True 2 2 25 2.5
# expect: [0, 1, 2, 3, 4] 60 c [0, 0, 0] 3 5
# expect: five m True True [1, Money(2), Money(3)] 2
# expect: Money(5)    5 5 5 Money(5) Money(5) 5 5.0 Money(5) Money(5) 005 Money(5)
# expect: [5, 7] 0x5 0b101 (2, 1) 5 4.0 25
# expect: 4 7 4 10 2 -6 b'\x00\x05' 5 0.5
# expect: 7 a+ Strict False True a 7 int
# expect: 15 int
# expect: Money(1180591620717411303424) 1180591620717411303425 int True True
# expect: 21.5°C 21.5 70.7 22.5 float 43.0 True True
# expect: True False 21.5 float 21 22 21
# expect: 21.5°C 21.50 21.5°C|21.500|21.5 False True 21.5 0x1.5800000000000p+4
# expect: 2.0 [1.0, 2.5, 3.5] True True -21.5 1.5
# expect: {"t": 21.5} 3.2°C 0.0°C Money(0) Money(12) Money(255) False
# expect: warm {'note': 'warm'} x (10.0, 1.5)
# expect: ValueError: invalid literal for int() with base 10: 'abc'
# expect: TypeError: int() takes at most 2 arguments (3 given)
# expect: TypeError: object.__new__(Money) is not safe, use Money.__new__()
# expect: TypeError: int.__new__(str): str is not a subtype of int
# expect: TypeError: type 'bool' is not an acceptable base type
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: TypeError: list indices must be integers or slices, not Celsius
# expect: TypeError: unsupported operand type(s) for +: 'Money' and 'str'
# expect: Money(9) Money 1.0°C 6
