# sum(), list(), tuple(), sorted(), any() and all() of a generator, driven in the caller's run():
# every item, declined items (a big int, a str, an object with __bool__), errors raised inside the
# generator and at the end, StopIteration (PEP 479), abandoned generators' finally blocks.
import sys

def gen(items, log=None):
    try:
        for x in items:
            yield x
    finally:
        if log is not None:
            log.append("closed")

print(sum(x * x for x in (1, 2, 3)), sum(x for x in ()), sum(x / 2 for x in range(5)))
print(sum(x for x in [1, 2**62, 2**62, 3]))           # overflows to a big int: declined
print(sum(x for x in [1, 2.5, 3]), sum(x for x in [1.5, 2]))
print(sum(x for x in [[1], [2]]) if False else sum((x for x in [[1], [2]]), []))
print(list(str(v) for v in range(4)), tuple(x + 1 for x in range(3)), tuple(x for x in ()))
print(sorted(x % 7 for x in range(10)), sorted(w for w in "banana"))
print(any(x > 2 for x in range(5)), any(x > 9 for x in range(5)), all(x < 9 for x in range(5)))
print(all(x for x in [1, "a", [], 2]), any(x for x in [0, "", [0]]), any(x for x in ()))
print(all(x for x in ()), any(s for s in ["", "", "x"]))

# A generator already started: the consumer takes what is left.
g = gen(range(6))
next(g); next(g)
print(sum(g), list(g), sum(g))

log = []
print(any(x == 2 for x in gen(range(10), log)), log)   # abandoned: closed when released
log = []
print(all(x < 3 for x in gen(range(10), log)), log)
log = []
print(sum(gen([1, 2, 3], log)), log)

class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(any(t for t in [Truth(False), Truth(True), Truth(False)]))
print(all(t for t in [Truth(True), Truth(False), Truth(True)]))

class Money:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Money(other + self.v)
    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))
print(sum(Money(i) for i in range(4)).v, sum((i for i in range(4)), Money(10)).v)
print(sum(x for x in [1, 2, Money(3), 4]).v)

def failing(n):
    for i in range(n):
        yield i
    raise KeyError("inside")
for consumer in (sum, list, tuple, sorted, any, all):
    try:
        consumer(failing(3))
    except KeyError as e:
        print(consumer.__name__, "KeyError", e)

def stops():
    yield 1
    raise StopIteration
try:
    sum(stops())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(x for x in [1, "a", 2])
except TypeError as e:
    print("TypeError", e)

# A generator running already (consumed from inside itself) and a finished one.
def selfish():
    yield sum(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
done = (x for x in [1])
list(done)
print(sum(done), list(done), any(done), all(done), sorted(done), tuple(done))

# A return value is dropped; a consumer inside a consumer; deep recursion.
def returns():
    yield 5
    return 99
print(sum(returns()), list(returns()))
print(sum(sum(y for y in range(x)) for x in range(6)))
print(list(tuple(c for c in w) for w in ["ab", "c"]))
def depth(n):
    return 0 if n == 0 else sum(depth(n - 1) + 1 for _ in range(1))
print(depth(50))
def deep(n):
    return sum(deep(n - 1) for _ in range(1)) if n else 1
try:
    deep(100000)
except RecursionError:
    print("RecursionError")

# Exceptions handled around the call keep the stack straight.
def bad():
    yield 1
    yield 2
    raise ValueError("two")
total = 0
for i in range(3):
    try:
        total += sum(bad())
    except ValueError:
        total += 1
print(total)
try:
    list(x for x in [1, 2] if 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# expect: 14 0 5.0
# expect: 9223372036854775812
# expect: 6.5 3.5
# expect: [1, 2]
# expect: ['0', '1', '2', '3'] (1, 2, 3) ()
# expect: [0, 0, 1, 1, 2, 2, 3, 4, 5, 6] ['a', 'a', 'a', 'b', 'n', 'n']
# expect: True False True
# expect: False True False
# expect: True True
# expect: 14 [] 0
# expect: True ['closed']
# expect: False ['closed']
# expect: 6 ['closed']
# expect: bool False
# expect: bool True
# expect: True
# expect: bool True
# expect: bool False
# expect: False
# expect: 6 16
# expect: 10
# expect: sum KeyError 'inside'
# expect: list KeyError 'inside'
# expect: tuple KeyError 'inside'
# expect: sorted KeyError 'inside'
# expect: RuntimeError generator raised StopIteration StopIteration
# expect: ZeroDivisionError division by zero
# expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: ValueError generator already executing
# expect: 0 [] False True [] ()
# expect: 5 [5]
# expect: 20
# expect: [('a', 'b'), ('c',)]
# expect: 50
# expect: RecursionError
# expect: 3
# expect: ZeroDivisionError division by zero
