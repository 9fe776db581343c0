# zip() over generators, which FOR_ITER resumes in place (no native next() per item).
def numbers(n, log=None):
    try:
        for i in range(n):
            yield i
    finally:
        if log is not None:
            log.append(("closed", n))

def pairs(n, m):
    return [(a, b) for a, b in zip(numbers(n), numbers(m))]

print(pairs(3, 5), pairs(5, 3), pairs(0, 2), pairs(2, 0))
rows = []
for row in zip(numbers(3), numbers(4), numbers(5)):
    rows.append(row)
print(rows)
t = 0
for a, b, c in zip(numbers(4), (x * 2 for x in range(10)), numbers(6)):
    t += a + b + c
print(t)

# The first input's item is lost when the second runs out, as in CPython.
g1, g2 = numbers(5), numbers(2)
print([p for p in zip(g1, g2)], next(g1), list(g1))

# The same generator twice.
g = numbers(6)
print(list(zip(g, g)))
g = numbers(6)
print([a + b for a, b in zip(g, g)])

# A finished generator: nothing.
done = numbers(2)
list(done)
print([p for p in zip(numbers(3), done)])

# break, then the generators go on where they were.
g1, g2 = numbers(10), numbers(10)
for a, b in zip(g1, g2):
    if a == 3:
        break
print(next(g1), next(g2))

# Closed when dropped mid-loop (their finally blocks run).
log = []
def drop():
    for a, b in zip(numbers(5, log), numbers(7, log)):
        if a == 2:
            return a + b
print(drop(), sorted(log))

# An exception inside a generator leaves the loop with its row's first items released.
def failing(n):
    for i in range(n):
        yield i
    raise ValueError("bad %d" % n)
try:
    for a, b in zip(numbers(10), failing(3)):
        pass
except ValueError as e:
    print("ValueError:", e)
def stops():
    yield 1
    raise StopIteration
try:
    for a, b in zip(numbers(5), stops()):
        print(a, b)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# Exceptions caught inside the loop body do not disturb the row.
out = []
for a, b in zip(numbers(4), numbers(4)):
    try:
        out.append(10 // (a - 1))
    except ZeroDivisionError:
        out.append("z")
print(out)

# A generator resumed while it runs.
def self_zip():
    for a, b in zip(numbers(3), me):
        yield a
me = self_zip()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Nested: generators that loop over zips of generators, yield from.
def summed(n):
    for a, b in zip(numbers(n), numbers(n)):
        yield a + b
def chained(n):
    yield from numbers(n)
    yield from summed(n)
print([(x, y) for x, y in zip(summed(4), chained(3))])
print(sum(a * b for a, b in zip(summed(50), chained(60))))

# Generators with state across many rows.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def count(start):
    while True:
        yield start
        start += 1
print([(i, f) for i, f, _ in zip(count(1), fib(), numbers(30)) if i > 25])
total = 0
for i, f, n in zip(count(0), fib(), numbers(1000)):
    total += (f % 7) * i - n
print(total)

# Recursion: a zip inside a recursive function.
def depth(n):
    if n == 0:
        return 0
    t = 0
    for a, b in zip(numbers(2), numbers(3)):
        t += a + b
    return t + depth(n - 1)
print(depth(50))

# expect: [(0, 0), (1, 1), (2, 2)] [(0, 0), (1, 1), (2, 2)] [] []
# expect: [(0, 0, 0), (1, 1, 1), (2, 2, 2)]
# expect: 24
# expect: [(0, 0), (1, 1)] 3 [4]
# expect: [(0, 1), (2, 3), (4, 5)]
# expect: [1, 5, 9]
# expect: []
# expect: 4 4
# expect: 4 [('closed', 5), ('closed', 7)]
# expect: ValueError: bad 3
# expect: 0 1
# expect: RuntimeError: generator raised StopIteration StopIteration
# expect: [-10, 'z', 10, 5]
# expect: ValueError: generator already executing
# expect: [(0, 0), (2, 1), (4, 2), (6, 0)]
# expect: 80850
# expect: [(26, 75025), (27, 121393), (28, 196418), (29, 317811), (30, 514229)]
# expect: 1029018
# expect: 100
