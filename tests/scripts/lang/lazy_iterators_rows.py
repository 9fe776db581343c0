# zip, map and enumerate over lists, ranges, tuples, strs and generators, with few and many
# inputs; zip(strict=True) errors; enumerate past 2**63; UNPACK of tuples of each size.
# args: --gil newgil
# args: --gil nogil
def gen(n):
    for i in range(n):
        yield i * 10


for k in range(1, 8):
    inputs = [list(range(k + j)) for j in range(k)]
    print(k, list(zip(*inputs))[:2], len(list(zip(*inputs))))
    print(list(map(lambda *xs: sum(xs), *inputs)))
print(list(zip(range(3), "abc", (7, 8, 9), gen(3), [None, True, 1.5])))
print(list(map(pow, [2, 3, 4], range(3), (5, 5, 5))))
print(list(enumerate("héllo", 2**63 - 2)))
print(list(enumerate(range(3), -1)), list(enumerate([])), list(zip()))
for args in (([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
a = [1, 2, 3]
it = zip(a, a)
print(next(it))
a.append(4)
print(list(it))
for n in range(5):
    t = tuple(range(n))
    try:
        x, y = t
        print(x, y)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        x, y, z = t
        print(x, y, z)
    except ValueError as e:
        print(type(e).__name__, e)
for i, (x, (y, z)) in enumerate(zip("ab", [(1, 2), (3, 4)])):
    print(i, x, y, z)
pairs = []
for p in enumerate(range(3)):
    pairs.append(p)
print(pairs)
m = map(lambda x: 1 // x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# The expected output (CPython 3.11):
# expect: 1 [(0,)] 1
# expect: [0]
# expect: 2 [(0, 0), (1, 1)] 2
# expect: [0, 2]
# expect: 3 [(0, 0, 0), (1, 1, 1)] 3
# expect: [0, 3, 6]
# expect: 4 [(0, 0, 0, 0), (1, 1, 1, 1)] 4
# expect: [0, 4, 8, 12]
# expect: 5 [(0, 0, 0, 0, 0), (1, 1, 1, 1, 1)] 5
# expect: [0, 5, 10, 15, 20]
# expect: 6 [(0, 0, 0, 0, 0, 0), (1, 1, 1, 1, 1, 1)] 6
# expect: [0, 6, 12, 18, 24, 30]
# expect: 7 [(0, 0, 0, 0, 0, 0, 0), (1, 1, 1, 1, 1, 1, 1)] 7
# expect: [0, 7, 14, 21, 28, 35, 42]
# expect: [(0, 'a', 7, 0, None), (1, 'b', 8, 10, True), (2, 'c', 9, 20, 1.5)]
# expect: [1, 3, 1]
# expect: [(9223372036854775806, 'h'), (9223372036854775807, 'é'), (9223372036854775808, 'l'), (9223372036854775809, 'l'), (9223372036854775810, 'o')]
# expect: [(-1, 0), (0, 1), (1, 2)] [] []
# expect: ValueError zip() argument 2 is shorter than argument 1
# expect: ValueError zip() argument 2 is longer than argument 1
# expect: ValueError zip() argument 3 is shorter than arguments 1-2
# expect: (1, 1)
# expect: [(2, 2), (3, 3), (4, 4)]
# expect: ValueError not enough values to unpack (expected 2, got 0)
# expect: ValueError not enough values to unpack (expected 3, got 0)
# expect: ValueError not enough values to unpack (expected 2, got 1)
# expect: ValueError not enough values to unpack (expected 3, got 1)
# expect: 0 1
# expect: ValueError not enough values to unpack (expected 3, got 2)
# expect: ValueError too many values to unpack (expected 2)
# expect: 0 1 2
# expect: ValueError too many values to unpack (expected 2)
# expect: ValueError too many values to unpack (expected 3)
# expect: 0 a 1 2
# expect: 1 b 3 4
# expect: [(0, 0), (1, 1), (2, 2)]
# expect: 1
# expect: ZeroDivisionError integer division or modulo by zero
