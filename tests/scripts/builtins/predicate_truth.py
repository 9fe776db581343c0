# filter(), any() and all() take the truth of what a predicate returns, or of the items, as
# truthy() does: bools and ints in line, everything else (floats, None, strs, containers,
# objects with __bool__ or __len__) the long way, exceptions from __bool__ passed on.
class Flag:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return self.value


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 2


values = [0, 1, -1, 2**70, 0.0, -0.0, 0.5, float("nan"), None, True, False, "", "a", b"",
          b"x", [], [0], (), (0,), {}, {0: 0}, set(), {0}, range(0), range(2)]
print([i for i, v in enumerate(values) if v])
print(list(filter(lambda i: values[i], range(len(values)))))
print(list(filter(None, values)))
print(list(filter(lambda v: Flag(bool(v)), [3, 0, 4])))
print(list(filter(lambda v: Sized(v), [3, 0, 4])))
print(list(filter(lambda v: v - 2, [1, 2, 3])))
print(list(filter(lambda v: v > 1, [1, 2, 3])))
print(any([0, 0.0, None, ""]), any([0, 2]), all([1, "a", [0]]), all([1, ()]))
print(any(Flag(False) for _ in range(3)), all(Sized(1) for _ in range(3)))
print(any(x for x in [0, False, 2**64]), all(x for x in [1, True, 0]))


def lots_of_locals(x):
    a = x + 1
    b = a * 2
    c = [a, b]
    for d in c:
        b += d
    return b % 3


print(list(filter(lots_of_locals, range(10))), sorted(range(6), key=lots_of_locals))
for predicate in (lambda v: BadBool(), lambda v: Flag(1)):
    try:
        list(filter(predicate, [1]))
    except TypeError as error:
        print(type(error).__name__, error)
try:
    any([BadBool()])
except TypeError as error:
    print(type(error).__name__, error)
try:
    list(filter(lambda v: 1 // v, [1, 0]))
except ZeroDivisionError as error:
    print(type(error).__name__, error)

# expect: [1, 2, 3, 6, 7, 9, 12, 14, 16, 18, 20, 22, 24]
# expect: [1, 2, 3, 6, 7, 9, 12, 14, 16, 18, 20, 22, 24]
# expect: [1, -1, 1180591620717411303424, 0.5, nan, True, 'a', b'x', [0], (0,), {0: 0}, {0}, range(0, 2)]
# expect: [3, 4]
# expect: [3, 4]
# expect: [1, 3]
# expect: [2, 3]
# expect: False True True False
# expect: False True
# expect: True False
# expect: [0, 1, 3, 4, 6, 7, 9] [2, 5, 1, 4, 0, 3]
# expect: TypeError __bool__ should return bool, returned int
# expect: TypeError __bool__ should return bool, returned int
# expect: TypeError __bool__ should return bool, returned int
# expect: ZeroDivisionError integer division or modulo by zero
