# Generators: yield, yield from, generator expressions, send, iteration over any iterable.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(3)), sum(countdown(4)))  # expect: [3, 2, 1] 10
g = countdown(2)
print(next(g), next(g), next(g, "end"), next(g, "still end"))  # expect: 2 1 end still end

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

first = []
for x in fib():
    if x > 50:
        break
    first.append(x)
print(first)  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]

# A pipeline of generators, with a closure and a try/finally inside one.
def read_lines(lines):
    for line in lines:
        yield line

def non_blank(lines):
    for line in lines:
        if line.strip():
            yield line.strip()

def numbered(lines, start=1):
    n = start
    try:
        for line in lines:
            yield "%d: %s" % (n, line)
            n += 1
    finally:
        print("numbered done")

for out in numbered(non_blank(read_lines(["a", "", "b ", "  ", "c"]))):
    print(out)
# expect: 1: a
# expect: 2: b
# expect: 3: c
# expect: numbered done

def chain(parts):
    for part in parts:
        yield from part

def inner():
    yield 1
    yield 2
    return "ignored"

def outer():
    yield 0
    yield from inner()
    yield from [3, 4]
    yield from "ab"

print(list(outer()))  # expect: [0, 1, 2, 3, 4, 'a', 'b']

# Generator expressions: lazy, with closures over the enclosing function's variables.
print(sum(i * i for i in range(10)))  # expect: 285
squares = (i * i for i in range(4))
print(next(squares), list(squares), list(squares))  # expect: 0 [1, 4, 9] []

def scaled(items, k):
    return list(x * k for x in items if x % 2 == 0)
print(scaled(range(7), 10))  # expect: [0, 20, 40, 60]
print(list((x, y) for x in range(2) for y in "ab"))  # expect: [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]
print(max(len(w) for w in ["a", "abc", "ab"]), sorted(-x for x in [1, 5]), tuple(x > 2 for x in [1, 5]))  # expect: 3 [-5, -1] (False, True)

# send() and a running total.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count

avg = averager()
next(avg)
print(avg.send(10), avg.send(20), avg.send(60))  # expect: 10 15 30

# Exceptions inside a generator reach the consumer; the generator is then finished.
def failing():
    yield 1
    raise ValueError("broken generator")

f = failing()
print(next(f))  # expect: 1
try:
    next(f)
except ValueError as e:
    print("caught", e)  # expect: caught broken generator
print(next(f, "finished"))  # expect: finished

# A yield inside try/except, resumed after the handler was set up.
def guarded(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div by zero"

print(list(guarded([5, 0, 2])))  # expect: [2, 'div by zero', 5]

# A class whose __iter__ is a generator.
class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            yield item

print([x for x in Bag([1, 2, 3])], 2 in Bag([1, 2]), list(enumerate(Bag(["x", "y"]))))  # expect: [1, 2, 3] True [(0, 'x'), (1, 'y')]
gen = countdown(1)
print(type(gen).__name__, iter(gen) is gen)  # expect: generator True
