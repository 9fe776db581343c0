# zip() of lists and tuples read in place: one iterator given twice, inputs of unequal length,
# strict=True, a list changed while zipped, rows kept while the loop goes on.
L = [1, 2, 3]
it = iter(L)
for a, b in zip(it, it):
    print(a, b)
print(list(it))
it = iter((1, 2, 3, 4, 5))
print(list(zip(it, it)))
it = iter(L)
for i, (a, b) in enumerate(zip(it, it)):
    print(i, a, b)
it = iter([10, 20, 30, 40])
print(dict(zip(it, it)))
print(list(zip([1, 2, 3], "ab")))
print(list(zip((1, 2), [3, 4, 5])))
print(sorted(zip([3, 1, 2], ("c", "a", "b")), key=lambda pair: -pair[0]))
kept = []
for row in zip([1, 2, 3], [4, 5, 6]):
    kept.append(row)
print(kept)
rows = list(zip(range(3), [7, 8, 9]))
print(rows)
names = ["x", "y", "z"]
for i, (name, n) in enumerate(zip(names, [1, 2, 3])):
    if i == 0:
        names.append("w")
    print(i, name, n)
a = [1, 2, 3, 4]
z = zip(a, a[1:])
print(next(z))
a.clear()
print(list(z))
try:
    list(zip([1, 2], [1, 2, 3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1, 2, 3], (1, 2), strict=True))
except ValueError as e:
    print(e)
it = iter([1, 2, 3])
try:
    print(list(zip(it, it, strict=True)))
except ValueError as e:
    print(e)
pairs = zip([1, 2], [3, 4])
first = next(pairs)
second = next(pairs)
print(first, second, first is second)

# expect: 1 2
# expect: []
# expect: [(1, 2), (3, 4)]
# expect: 0 1 2
# expect: {10: 20, 30: 40}
# expect: [(1, 'a'), (2, 'b')]
# expect: [(1, 3), (2, 4)]
# expect: [(3, 'c'), (2, 'b'), (1, 'a')]
# expect: [(1, 4), (2, 5), (3, 6)]
# expect: [(0, 7), (1, 8), (2, 9)]
# expect: 0 x 1
# expect: 1 y 2
# expect: 2 z 3
# expect: (1, 2)
# expect: []
# expect: zip() argument 2 is longer than argument 1
# expect: zip() argument 2 is shorter than argument 1
# expect: zip() argument 2 is shorter than argument 1
# expect: (1, 3) (2, 4) False
