# `for a, b in zip(...)` and `for i, x in enumerate(...)` over lists and tuples take the two
# items in line; ends, strict zips, big counts and lists changed in the loop behave as CPython.
a = [1, 2, 3]
b = (4, 5)
for x, y in zip(a, b):
    print(x, y)
for x, y in zip(b, a):
    print(x, y)
for left, right in ((a, b), (b, a)):
    try:
        for x, y in zip(left, right, strict=True):
            print("strict", x, y)
    except ValueError as e:
        print("ValueError", e)
it = zip(a, b)
for x, y in it:
    pass
print(list(it), list(zip(a, b)))
for i, x in enumerate((7, 8), 10):
    print(i, x)
for i, x in enumerate(a, 2**63 - 2):
    print(i, x)
grown = [0]
for i, x in enumerate(grown):
    if i < 4:
        grown.append(x + i)
print(grown)
shrunk = [1, 2, 3, 4]
for x, y in zip(shrunk, shrunk):
    shrunk.pop()
    print(x, y)
for i, (x, y) in enumerate(zip("ab", [1, 2])):
    print(i, x, y)
for x, y in zip([1, 2], "ab"):
    print(x, y)
for x, y in zip([], a):
    print("never")
try:
    for x, y in zip(a, b, a):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for x, y, z in enumerate(a):
        pass
except ValueError as e:
    print("ValueError", e)
e = enumerate(["p", "q"])
print(next(e))
for i, x in e:
    print(i, x)
print(sum(x * y for x, y in zip(range(5), [1.5] * 5)), [i * x for i, x in enumerate(b)])

# expect: 1 4
# expect: 2 5
# expect: 4 1
# expect: 5 2
# expect: strict 1 4
# expect: strict 2 5
# expect: ValueError zip() argument 2 is shorter than argument 1
# expect: strict 4 1
# expect: strict 5 2
# expect: ValueError zip() argument 2 is longer than argument 1
# expect: [] [(1, 4), (2, 5)]
# expect: 10 7
# expect: 11 8
# expect: 9223372036854775806 1
# expect: 9223372036854775807 2
# expect: 9223372036854775808 3
# expect: [0, 0, 1, 3, 6]
# expect: 1 1
# expect: 2 2
# expect: 0 a 1
# expect: 1 b 2
# expect: 1 a
# expect: 2 b
# expect: ValueError too many values to unpack (expected 2)
# expect: ValueError not enough values to unpack (expected 3, got 2)
# expect: (0, 'p')
# expect: 1 q
# expect: 15.0 [0, 5]
