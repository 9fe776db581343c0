# sum(), any() and all() over generators: items taken at the generator's yield (inline numbers,
# bools, None) give what CPython's loops give; the rest, and the item that stops any()/all(),
# come out as next() gives them.
import math

print(sum(x * 0.5 for x in range(10)))
print(sum(1.0 / (i + 1) for i in range(20)))
print(sum((x for x in [1, 2.5, 3, 4.25]), 10))
print(sum((x for x in [0.1] * 10)))
print(sum((x for x in [1.5, 2**62, 2**62, 1])))
print(sum((x for x in [2**62, 2**62, 2**62, 0.5])))
print(sum((x for x in [True, True, 1.5, False, 2])))
print(sum((x for x in [1.5, True, 2])))
print(sum((x for x in [2**63 - 1, 1, 1.0])))
print(sum(x for x in [float("inf"), 1, -2]))
print(math.isnan(sum(x for x in [float("inf"), float("-inf")])))
print(sum((x for x in [1, 2]), 0.0))
print(sum((x for x in [0.5, 2**70])))
print(sum(x for x in []), sum((x for x in []), 2.5))
print(sum([1.5, 2, 3]), sum((1, 2.0, 3)), sum([2**63 - 1, 1.5]), sum([0.5, 2**70, 1]))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(other + self.cents) if isinstance(other, (int, float)) else NotImplemented

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))


m = sum(Money(c) for c in [1, 2, 3])
print(type(m).__name__, m.cents)
print(sum((x for x in [1.5, Money(2), 3])).cents)


def noisy(items):
    for x in items:
        print("yield", x)
        yield x
    print("done")


print(sum(noisy([1, 2.5])))
print(any(noisy([0, 0.0, None, False, 3, 4])))
print(all(noisy([1, 2.0, True, 0, 5])))
print(any(noisy([0, False])))
print(all(noisy([1, True])))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
print(any(x > 30 for x in range(10)), all(x < 30 for x in range(10)))
print(any(s for s in ["", "", "a"]), all(s for s in ["a", ""]), any([]), all(()))


class Truth:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool", self.value)
        return self.value


print(any(Truth(v) for v in [False, True, False]))
print(all(Truth(v) for v in [True, False, True]))

g = (x for x in [0, 0, 7, 8])
print(any(g), next(g))
g = (x for x in [1, 1, 0, 9])
print(all(g), next(g))


def failing():
    yield 1.5
    yield 2
    raise ValueError("from the generator")


for f in (sum, any, all):
    try:
        f(failing() if f is sum else (x - 1.5 if f is any else x for x in failing()))
    except ValueError as error:
        print(f.__name__, "ValueError", error)


def catches():
    try:
        yield 1.5
    except GeneratorExit:
        print("closed")
        raise


g = catches()
print(any(g))
g.close()
print(sum(catches()))
try:
    sum(x for x in [1.5, "a"])
except TypeError as error:
    print(error)
try:
    sum((x for x in [1, 2]), "")
except TypeError as error:
    print(error)

# expect: 22.5
# expect: 3.597739657143682
# expect: 20.75
# expect: 0.9999999999999999
# expect: 9.223372036854776e+18
# expect: 1.3835058055282164e+19
# expect: 5.5
# expect: 4.5
# expect: 9.223372036854776e+18
# expect: inf
# expect: True
# expect: 3.0
# expect: 1.1805916207174113e+21
# expect: 0 2.5
# expect: 6.5 6.0 9.223372036854776e+18 1.1805916207174113e+21
# expect: Money 6
# expect: 6.5
# expect: yield 1
# expect: yield 2.5
# expect: done
# expect: 3.5
# expect: yield 0
# expect: yield 0.0
# expect: yield None
# expect: yield False
# expect: yield 3
# expect: True
# expect: yield 1
# expect: yield 2.0
# expect: yield True
# expect: yield 0
# expect: False
# expect: yield 0
# expect: yield False
# expect: done
# expect: False
# expect: yield 1
# expect: yield True
# expect: done
# expect: True
# expect: True False
# expect: False True
# expect: True False False True
# expect: bool False
# expect: bool True
# expect: True
# expect: bool True
# expect: bool False
# expect: False
# expect: True 8
# expect: False 9
# expect: sum ValueError from the generator
# expect: all ValueError from the generator
# expect: True
# expect: closed
# expect: 1.5
# expect: unsupported operand type(s) for +: 'float' and 'str'
# expect: sum() can't sum strings [use ''.join(seq) instead]
