# Script functions, bound methods, builtins, classes and generator functions called from builtins
# (map, filter, sorted/list.sort key, min/max key, sum over map, functools.reduce): results,
# exceptions raised inside, wrong argument counts, recursion through map and to the limit.
# args: --gil newgil
# args: --gil nogil
# expect: [3, 6, 9]
# expect: [13, 26]
# expect: ['fig', 'pear', 'kiwi', 'banana'] banana fig
# expect: -7 3
# expect: [3, 2, 1] ['Scale1', 'Scale2']
# expect: [Box(1), Box(2)]
# expect: [[0, 1], [0, 1, 4]]
# expect: 147 24
# expect: [1, 2] ['a', 3]
# expect: b [1, 2, 3]
# expect: [6, 7] [8, 9]
# expect: [3, 2, 1]
# expect: sorted: bad key 2
# expect: max: bad key 2
# expect: map: bad key 2
# expect: sum: integer division or modulo by zero
# expect: TypeError: Scale.needs_two() missing 1 required positional argument: 'y'
# expect: TypeError: <lambda>.<locals>.<lambda>() takes 0 positional arguments but 1 was given
# expect: TypeError: object of type 'int' has no len()
# expect: TypeError: Scale.apply() missing 1 required positional argument: 'x'
# expect: 50
# expect: RecursionError: maximum recursion depth exceeded
# expect: True 10
import functools
import sys


class Scale:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, x):
        return x * self.factor

    def pair(self, x, y):
        return x * self.factor + y

    def needs_two(self, x, y):
        return x + y

    @staticmethod
    def neg(x):
        return -x

    @classmethod
    def tag(cls, x):
        return cls.__name__ + str(x)


class Box:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "Box(%r)" % self.value


s = Scale(3)
words = ["pear", "fig", "banana", "kiwi"]
print(list(map(s.apply, [1, 2, 3])))
print(list(map(s.pair, [1, 2], [10, 20])))
print(sorted(words, key=len), max(words, key=len), min(words, key=len))
print(max([3, -7, 5], key=abs), min([3, -7, 5], key=abs))
print(sorted([3, 1, 2], key=Scale.neg), list(map(Scale.tag, [1, 2])))
print(list(map(Box, [1, 2])))
print([list(g) for g in map(lambda n: (i * i for i in range(n)), [2, 3])])
print(sum(map(lambda x: x % 7, range(50))), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(list(filter(s.apply, [0, 1, 2])), list(filter(None, [0, "", "a", 3])))
print(max(["aa", "b"], key=str.upper), sorted([2, 1, 3], key=lambda v, *rest: v))
print(list(map(lambda x, y=5: x + y, [1, 2])), list(map(pow, [2, 3], [3, 2])))
items = [3, 1, 2]
items.sort(key=lambda v: -v)
print(items)


def keyed_failure():
    def bad(x):
        if x == 2:
            raise ValueError("bad key %d" % x)
        return x
    try:
        sorted([1, 2, 3], key=bad)
    except ValueError as error:
        print("sorted:", error)
    try:
        max([1, 2, 3], key=bad)
    except ValueError as error:
        print("max:", error)
    try:
        list(map(bad, [1, 2, 3]))
    except ValueError as error:
        print("map:", error)
    try:
        sum(map(lambda x: 1 // (x - 2), [1, 2]))
    except ZeroDivisionError as error:
        print("sum:", error)


keyed_failure()
for call in (lambda: list(map(s.needs_two, [1])), lambda: sorted([1], key=lambda: 0),
             lambda: max([1, 2], key=len), lambda: list(map(Scale.apply, [1]))):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)


def deep(n):
    return n if n == 0 else list(map(deep, [n - 1]))[0] + 1


def endless(n):
    return endless(n + 1)


# Recursion through map stays shallow: to the limit it would overflow an ASan build's C++ stack.
# The limit is reached inside a key function instead, and leaves through sorted().
print(deep(50))
try:
    sorted([1, 2], key=endless)
except RecursionError as error:
    print("RecursionError:", error)
print(sys.getrecursionlimit() > 0, deep(10))
