# enumerate, zip, map and filter are lazy iterators (consumed once, named as in CPython, fine over
# endless generators); next() with a default; zip(strict=True) and its messages.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def noisy(x):
    print("f", x)
    return x * 10


z = zip([1, 2], "ab")
print(type(z).__name__, repr(z).startswith("<zip object at 0x"), list(z), list(z))
m = map(noisy, [1, 2, 3])
print(type(m).__name__, repr(m).startswith("<map object at 0x"))
print("before next")
print(next(m))
print(list(m))
print(list(zip(naturals(), "abc")), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
e = enumerate("xyz", start=5)
print(type(e).__name__, next(e), list(e), list(enumerate([])))
print(list(enumerate(["a", "b"], 1)), dict(enumerate("ab")))
f = filter(None, [0, 1, 2, "", 3, None, [], [4]])
print(type(f).__name__, list(f))
evens = filter(lambda n: n % 2 == 0, naturals())
print(next(evens), next(evens), next(evens))
squares = map(lambda n: n * n, naturals())
print(9 in squares, next(squares))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(iter([]), None))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
for i, (a, b) in enumerate(zip("ab", [True, False])):
    print(i, a, b)
print(sorted(map(str, [3, 1, 2])), sum(map(len, ["ab", "c"])), max(zip([1, 2], [9, 0])))
print(list(zip()), list(zip([1, 2, 3], [4, 5, 6], strict=True)))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as err:
        print(err)
try:
    map(len)
except TypeError as err:
    print(err)
try:
    zip(5)
except TypeError as err:
    print(err)

# What CPython 3.11 prints:
# expect: zip True [(1, 'a'), (2, 'b')] []
# expect: map True
# expect: before next
# expect: f 1
# expect: 10
# expect: f 2
# expect: f 3
# expect: [20, 30]
# expect: [(0, 'a'), (1, 'b'), (2, 'c')] [11, 22]
# expect: enumerate (5, 'x') [(6, 'y'), (7, 'z')] []
# expect: [(1, 'a'), (2, 'b')] {0: 'a', 1: 'b'}
# expect: filter [1, 2, 3, [4]]
# expect: 0 2 4
# expect: True 16
# expect: 1 2 done None
# expect: StopIteration
# expect: 0 a True
# expect: 1 b False
# expect: ['1', '2', '3'] 3 (2, 0)
# expect: [] [(1, 4), (2, 5), (3, 6)]
# expect: zip() argument 2 is shorter than argument 1
# expect: zip() argument 2 is longer than argument 1
# expect: zip() argument 3 is longer than arguments 1-2
# expect: zip() argument 3 is shorter than arguments 1-2
# expect: map() must have at least two arguments.
# expect: 'int' object is not iterable
