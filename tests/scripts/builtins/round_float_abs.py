# round() of ints with negative ndigits (half to even), __round__ and __abs__ on instances,
# float() of strings with surrounding whitespace and underscores, and of objects with
# __float__ or __index__.
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1))
print(round(25, -1), round(7, 0), round(7, 2), round(True), round(10**20 + 5 * 10**9, -10))
print(round(123456789012345678901234567890, -20), type(round(5, -1)).__name__)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2 if ndigits is None else ndigits))

    def __abs__(self):
        return Money(abs(self.cents))

    def __repr__(self):
        return f"Money({self.cents})"


print(round(Money(1260)), round(Money(1260), -1), abs(Money(-5)))
print(float(" 2 "), float("\t-1.5e3\n"), float("1_000.25"), float("  inf "), float("-NaN"))
for bad in ["", " ", "1__0", "_1", "0x10", "1.5x", "1_"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)


class Ratio:
    def __float__(self):
        return 0.75


class Count:
    def __index__(self):
        return 3


print(float(Ratio()), float(Count()))

# expect: 1200 1200 1400 -1200 20
# expect: 20 7 7 1 100000000000000000000
# expect: 123456789000000000000000000000 int
# expect: Money(1300) Money(1260) Money(5)
# expect: 2.0 -1500.0 1000.25 inf nan
# expect: could not convert string to float: ''
# expect: could not convert string to float: ' '
# expect: could not convert string to float: '1__0'
# expect: could not convert string to float: '_1'
# expect: could not convert string to float: '0x10'
# expect: could not convert string to float: '1.5x'
# expect: could not convert string to float: '1_'
# expect: 0.75 3.0
