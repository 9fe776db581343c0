# Script code run to test a value's truth (__bool__, __len__) while the frame has values on its
# stack: in conditions, `and`, `or`, `not`, while loops and comprehensions. The values below
# must survive, and an exception from __bool__ must reach the handler around it.
# args: --gil newgil
# args: --gil legacy
# args: --gil nogil
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        scratch = [self.v] * 4
        total = scratch[0] + scratch[1] + scratch[2]
        if total == 0:
            raise ValueError("no truth")
        return total > 0


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        scratch = (self.n, self.n, self.n)
        return scratch[0]


def row(o):
    return [10, 20, ("t" if o else "f"), 30, (o and "and"), (o or "or"), (not o), 40]


print(row(B(1))[:4], row(B(1))[4], type(row(B(1))[5]).__name__, row(B(1))[6:])
print(row(B(-1))[:4], type(row(B(-1))[4]).__name__, row(B(-1))[5:])
print(row(L(0))[2], row(L(3))[2], [1, 2, 3, [4, 5, (6 if L(2) else 7)]])
print({"a": 1, "b": ("yes" if B(5) else "no"), "c": 3})
print([type(x).__name__ for x in [B(1), B(-1), L(0), L(1)] if x])
print(sum(1 for x in [B(1), B(-1), B(2)] if not x))

n = 0
countdown = L(3)
while countdown:
    n += 1
    countdown = L(countdown.n - 1)
print("while", n)


def guarded(o):
    try:
        return ["kept", 1, 2, ("t" if o else "f")]
    except ValueError as e:
        return ["caught", str(e)]


print(guarded(B(0)), guarded(B(1)))
for op in (lambda o: o and 1, lambda o: o or 1, lambda o: not o, lambda o: 1 if o else 2):
    try:
        op(B(0))
    except ValueError as e:
        print("raised", e)


class Bad:
    def __bool__(self):
        return 2


try:
    if Bad():
        pass
except TypeError as e:
    print(e)


class LenOf:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


class Index:
    def __index__(self):
        return 3


class BoolOf:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


for v in [-1, "x", 2.0, True, False, 2**70, -2**70, Index(), 0, 5]:
    for f in (bool, len):
        try:
            print(f.__name__, f(LenOf(v)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for v in [1, None, 0.0, True, False]:
    try:
        print(bool(BoolOf(v)), "yes" if BoolOf(v) else "no", not BoolOf(v))
    except Exception as e:
        print(type(e).__name__, e)
# expect: [10, 20, 't', 30] and B [False, 40]
# expect: [10, 20, 'f', 30] B ['or', True, 40]
# expect: f t [1, 2, 3, [4, 5, 6]]
# expect: {'a': 1, 'b': 'yes', 'c': 3}
# expect: ['B', 'L']
# expect: 1
# expect: while 3
# expect: ['caught', 'no truth'] ['kept', 1, 2, 't']
# expect: raised no truth
# expect: raised no truth
# expect: raised no truth
# expect: raised no truth
# expect: __bool__ should return bool, returned int
# expect: bool ValueError __len__() should return >= 0
# expect: len ValueError __len__() should return >= 0
# expect: bool TypeError 'str' object cannot be interpreted as an integer
# expect: len TypeError 'str' object cannot be interpreted as an integer
# expect: bool TypeError 'float' object cannot be interpreted as an integer
# expect: len TypeError 'float' object cannot be interpreted as an integer
# expect: bool True
# expect: len 1
# expect: bool False
# expect: len 0
# expect: bool OverflowError cannot fit 'int' into an index-sized integer
# expect: len OverflowError cannot fit 'int' into an index-sized integer
# expect: bool ValueError __len__() should return >= 0
# expect: len ValueError __len__() should return >= 0
# expect: bool True
# expect: len 3
# expect: bool False
# expect: len 0
# expect: bool True
# expect: len 5
# expect: TypeError __bool__ should return bool, returned int
# expect: TypeError __bool__ should return bool, returned NoneType
# expect: TypeError __bool__ should return bool, returned float
# expect: True yes False
# expect: False no True
