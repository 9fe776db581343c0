# Generator frames of five to eight values (two block moves per yield and resumption), zip rows
# of a range, list or tuple beside a generator (their items taken in line), and many short-lived
# iterators and generators (recycled blocks) of every kind, itertools' among them.
# args: --gil newgil
# args: --gil nogil
import itertools


def five(a, b, c, d):
    for x in (a, b, c, d):
        yield (a, b, c, d, x)


def six(a, b, c, d, e):
    for x in [a, b]:
        y = yield (a, b, c, d, e, x)
        yield y


def seven(a, b, c, d, e, f):
    g = a * b
    for i in range(2):
        yield [a, b, c, d, e, f, g, i]


def eight(a, b, c, d, e, f, g):
    for i in range(3):
        yield a + b + c + d + e + f + g + i, (yield i), [i, g]


print(list(five(1, "b", 3.5, None)))
s = six(1, 2, 3, 4, 5)
print(next(s), s.send("x"), next(s), s.send("y"), next(s, "end"))
print(list(seven(1, 2, 3, 4, 5, 6)))
e = eight(1, 2, 3, 4, 5, 6, 7)
print(next(e), e.send("s"), next(e), list(e))


def gen(n):
    for i in range(n):
        yield i * 10


# zip of a range, list or tuple beside a generator: either side may run out first
print(list(zip(range(3), gen(5))), list(zip(range(5), gen(3))))
print(list(zip([1, 2, 3], gen(5), (7, 8))), list(zip(gen(4), "abc", range(10, 20))))
print([(a, b) for a, b in zip(range(2, 8, 3), gen(10))])
print([(a, b, c) for a, b, c in zip([5, 6, 7], gen(10), range(100, 0, -40))])
# a list that grows as the zip takes it: the items are read as they are then
grow = [1, 2]
rows = []
for a, b in zip(grow, gen(5)):
    if len(grow) < 4:
        grow.append(a + 10)
    rows.append((a, b))
print(rows)
# the range and list iterators shared with the loop body
it = iter(range(6))
lst = iter([1, 2, 3, 4, 5, 6])
print([(a, b, c, next(it, None), next(lst, None)) for a, b, c in zip(it, gen(6), lst)])
print([(i, x) for i, x in enumerate(zip(range(3), gen(3)))])


def raising():
    yield 1
    raise ValueError("inside")


try:
    for a, b in zip(range(5), raising()):
        print(a, b)
except ValueError as error:
    print("ValueError", error)

# many short-lived iterators and generators: recycled blocks of each kind, mixed with
# itertools' larger iterators
total = 0
keep = []
for r in range(300):
    g = (x for x in [r, r + 1])
    total += sum(g) + sum(x for x in (r, 1)) + len(list(iter([r] * (r % 3))))
    c = itertools.count(r)
    total += next(c) + next(itertools.islice(iter(range(r + 1)), r, None))
    if r % 50 == 0:
        keep.append(iter([r, -r]))
        keep.append((y * 2 for y in range(r, r + 2)))
        keep.append(itertools.chain([r], (r + 1,)))
print(total, [list(k) for k in keep])
print(sorted(x for x in {3, 1, 2}), tuple(x for x in "ab"), "-".join(x for x in ("p", "q")))

# expect: [(1, 'b', 3.5, None, 1), (1, 'b', 3.5, None, 'b'), (1, 'b', 3.5, None, 3.5), (1, 'b', 3.5, None, None)]
# expect: (1, 2, 3, 4, 5, 1) x (1, 2, 3, 4, 5, 2) y end
# expect: [[1, 2, 3, 4, 5, 6, 2, 0], [1, 2, 3, 4, 5, 6, 2, 1]]
# expect: 0 (28, 's', [0, 7]) 1 [(29, None, [1, 7]), 2, (30, None, [2, 7])]
# expect: [(0, 0), (1, 10), (2, 20)] [(0, 0), (1, 10), (2, 20)]
# expect: [(1, 0, 7), (2, 10, 8)] [(0, 'a', 10), (10, 'b', 11), (20, 'c', 12)]
# expect: [(2, 0), (5, 10)]
# expect: [(5, 0, 100), (6, 10, 60), (7, 20, 20)]
# expect: [(1, 0), (2, 10), (11, 20), (12, 30)]
# expect: [(0, 0, 1, 1, 2), (2, 10, 3, 3, 4), (4, 20, 5, 5, 6)]
# expect: [(0, (0, 0)), (1, (1, 10)), (2, (2, 20))]
# expect: 0 1
# expect: ValueError inside
# expect: 225150 [[0, 0], [0, 2], [0, 1], [50, -50], [100, 102], [50, 51], [100, -100], [200, 202], [100, 101], [150, -150], [300, 302], [150, 151], [200, -200], [400, 402], [200, 201], [250, -250], [500, 502], [250, 251]]
# expect: [1, 2, 3] ('a', 'b') p-q
