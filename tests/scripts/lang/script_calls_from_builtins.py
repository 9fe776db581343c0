# Script functions called from builtins (map, filter, sorted, max, min, a defaultdict's factory,
# iter(callable, sentinel)): results, defaults, keyword-only parameters with defaults, closures,
# argument errors with CPython's messages, exceptions and recursion through them (not to the
# limit: each level nests run() on the C++ stack, which an ASan build's frames overflow first).
# args: --gil newgil
# args: --gil nogil
from collections import defaultdict

def double(x):
    return x * 2

def scaled(x, factor=3):
    return x * factor

def keyed(x, *, reverse=False):
    return -x if reverse else x

def outer(n):
    def inner(x):
        return x + n
    return inner

data = [5, 3, 8, 1]
print(list(map(double, data)), list(map(scaled, data)), list(map(outer(10), data)))
print(sorted(data, key=keyed), max(data, key=lambda v: -v), min(data, key=scaled))
print(list(filter(lambda v: v % 2, data)), list(map(lambda a, b: a * b, data, data)))
for bad in (lambda: 1, lambda a, b: 1):
    try:
        list(map(bad, data))
    except TypeError as e:
        print("TypeError:", e)

def fails(x):
    if x > 4:
        raise ValueError("too big: %d" % x)
    return x

try:
    sorted(data, key=fails)
except ValueError as e:
    print("ValueError:", e)

def deep(n):
    return 0 if n == 0 else 1 + max([n - 1], key=deep)

print(deep(30))


counts = defaultdict(lambda: 100)
counts["a"] += 1
print(dict(counts))
items = iter([4, 5, 0, 6])
print(list(iter(lambda: next(items), 0)))
total = 0
for r in range(200):
    total += sum(map(double, range(100)))
print(total)
# expect: [10, 6, 16, 2] [15, 9, 24, 3] [15, 13, 18, 11]
# expect: [1, 3, 5, 8] 1 1
# expect: [5, 3, 1] [25, 9, 64, 1]
# expect: TypeError: <lambda>() takes 0 positional arguments but 1 was given
# expect: TypeError: <lambda>() missing 1 required positional argument: 'b'
# expect: ValueError: too big: 5
# expect: 30
# expect: {'a': 101}
# expect: [4, 5]
# expect: 1980000
