# del a[slice] moves the rest down in place (one run, or a compacting pass for other steps),
# and list(range(...)) writes the ints with no iterator: CPython's results at every bound.
import sys

out = []
for n in (0, 1, 6, 11):
    for start in (None, -20, -3, -1, 0, 2, 20):
        for stop in (None, -20, -2, 0, 3, 9, 20):
            for step in (None, 1, 2, 3, -1, -2, -5, 40, -40):
                a = list(range(n))
                del a[start:stop:step]
                out.append(sum(x * (k + 1) for k, x in enumerate(a)) * 100 + len(a))
print(len(out), sum(out), out[:20])
a = list(range(10))
del a[::-1]
print(a)
a = list(range(10))
try:
    del a[::0]
except ValueError as e:
    print("ValueError:", e, a)
a = list(range(10))
del a[2**100:]
print(a)
del a[-2**100:2]
print(a)
a = [str(i) for i in range(10)]
del a[1:8:3]
print(a)
del a[:]
print(a)
class Index:
    def __index__(self):
        return 2
a = list(range(6))
del a[Index():]
print(a)
try:
    del a["x":]
except TypeError as e:
    print("TypeError:", e)

M = sys.maxsize
print(list(range(M - 3, M)), list(range(-M - 1, -M + 2)), list(range(M - 1, -M - 1, -M)))
print(list(range(0)), list(range(5, 0, -2)), tuple(range(3)), list(range(3, 3)), list(range(4, 1)))
print(list(range(M - 10, M, 4)), len(list(range(-5, 5, 3))), sorted(range(4, -4, -3)))
print(set(range(3)), frozenset(range(-2, 1)))

# expect: 1764 16769502 [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
# expect: []
# expect: ValueError: slice step cannot be zero [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [2, 3, 4, 5, 6, 7, 8, 9]
# expect: ['0', '2', '3', '5', '6', '8', '9']
# expect: []
# expect: [0, 1]
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: [9223372036854775804, 9223372036854775805, 9223372036854775806] [-9223372036854775808, -9223372036854775807, -9223372036854775806] [9223372036854775806, -1]
# expect: [] [5, 3, 1] (0, 1, 2) [] []
# expect: [9223372036854775797, 9223372036854775801, 9223372036854775805] 4 [-2, 1, 4]
# expect: {0, 1, 2} frozenset({0, -2, -1})
