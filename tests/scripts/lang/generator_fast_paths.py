# Generators resumed by a for loop (in the interpreter's loop) and drained by sum(), list(),
# tuple() and sorted() (items taken at the yield): the values, the state errors, exceptions out
# of the generator, try/finally and except clauses around a yield, yield from, close().
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def evens(source):
    for x in source:
        if x & 1 == 0:
            yield x


total = 0
for v in evens(squares(numbers(10))):
    total += v
print(total)
# expect: 120
print(sum(x + 1 for x in range(10)))
# expect: 55
print(sum(numbers(5), 100))
# expect: 110
print(list(squares(numbers(5))), tuple(evens(numbers(7))), sorted(x % 3 for x in range(7)))
# expect: [0, 1, 4, 9, 16] (0, 2, 4, 6) [0, 0, 0, 1, 1, 2, 2]

# Ints that overflow 64 bits, then floats, bools and objects with __add__.
print(sum(x for x in [2**62, 2**62, 2**62, -5]))
# expect: 13835058055282163707
print(sum(x for x in [1, 2.5, 3]))
# expect: 6.5
print(sum(x for x in [True, True, 3]))
# expect: 5
print(sum((x for x in [1, 2]), 0.5))
# expect: 3.5


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        return self.__add__(other)


print(sum(Money(c) for c in [5, 7]).cents)
# expect: 12


# The value of a yield expression is None for next(), sum(), list() and a for loop.
def echo():
    for i in range(3):
        got = yield i
        print("got", got)


print(sum(echo()))
# expect: got None
# expect: got None
# expect: got None
# expect: 3
print(list(echo()))
# expect: got None
# expect: got None
# expect: got None
# expect: [0, 1, 2]
for v in echo():
    pass
# expect: got None
# expect: got None
# expect: got None


# A generator partly consumed by next(), then drained; a finished one yields nothing more.
g = numbers(6)
print(next(g), next(g))
# expect: 0 1
print(sum(g), list(g), sum(g))
# expect: 14 [] 0


# An exception inside the generator leaves it finished and propagates through sum() and a loop.
def failing(n):
    yield 1
    yield 2
    if n:
        raise ValueError("bad item " + str(n))
    yield 3


g = failing(7)
try:
    sum(g)
except ValueError as e:
    print("sum:", e)
# expect: sum: bad item 7
print(list(g))
# expect: []
try:
    for v in failing(8):
        print("item", v)
except ValueError as e:
    print("loop:", e)
# expect: item 1
# expect: item 2
# expect: loop: bad item 8
try:
    list(failing(9))
except ValueError as e:
    print("list:", e)
# expect: list: bad item 9


# StopIteration raised inside a generator is a RuntimeError (PEP 479), whoever drains it.
def stops():
    yield 1
    raise StopIteration("early")


for drain in (sum, list):
    try:
        drain(stops())
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
# expect: RuntimeError generator raised StopIteration StopIteration early
# expect: RuntimeError generator raised StopIteration StopIteration early
try:
    for v in stops():
        pass
except RuntimeError as e:
    print("loop", e)
# expect: loop generator raised StopIteration


# A generator that resumes itself while sum() or a loop runs it.
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("inner:", e)
    yield 2


me = selfish()
print(sum(me))
# expect: inner: generator already executing
# expect: 3
me = selfish()
print([v for v in me])
# expect: inner: generator already executing
# expect: [1, 2]


# try/finally and except clauses around a yield: their blocks move with the frame.
def guarded(n):
    try:
        for i in range(n):
            try:
                yield i
                if i == 1:
                    raise KeyError(i)
            except KeyError as e:
                yield 10 * i
                print("handled", repr(e))
    finally:
        print("finally")


print(sum(guarded(3)))
# expect: handled KeyError(1)
# expect: finally
# expect: 13
print(list(guarded(3)))
# expect: handled KeyError(1)
# expect: finally
# expect: [0, 1, 10, 2]
for v in guarded(2):
    print("loop", v)
# expect: loop 0
# expect: loop 1
# expect: loop 10
# expect: handled KeyError(1)
# expect: finally
g = guarded(5)
print(next(g), next(g))
# expect: 0 1
g.close()
# expect: finally
print(list(g))
# expect: []


# yield from: the inner generator's items, and its return value.
def inner():
    yield 1
    yield 2
    return 30


def outer():
    result = yield from inner()
    yield result


print(sum(outer()), list(outer()), [v for v in outer()])
# expect: 33 [1, 2, 30] [1, 2, 30]


# send() and throw() after a partial drain by a loop; a return value in StopIteration.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


g = accumulate()
for v in g:
    break
print(g.send(5), g.send(6))
# expect: 5 11
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
# expect: returned 11
g = accumulate()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("throw:", e)
# expect: throw: thrown
print(list(g))
# expect: []


# close() of an unstarted generator, and of one paused where close()'s GeneratorExit is caught
# and another value yielded.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
g.close()
print(list(g))
# expect: []
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
# expect: generator ignored GeneratorExit


# sum() over a generator whose frame calls functions and builds objects between yields.
def records(n):
    for i in range(n):
        yield len(str(i) * 2) + max(i, 3)


print(sum(records(12)), sorted(records(4)), tuple(records(3)))
# expect: 100 [5, 5, 5, 5] (5, 5, 5)
# A drained generator that drains another, and one resumed by a loop inside a drained one.
print(sum(sum(x for x in range(i)) for i in range(6)), list(list(numbers(i)) for i in range(3)))
# expect: 20 [[], [0], [0, 1]]
print(sum(v for v in evens(squares(numbers(9)))), list(x for x in squares(numbers(4))))
# expect: 120 [0, 1, 4, 9]


# Uncaught, it propagates through sum() with the lines of each frame in the traceback.
def last(n):
    for i in range(n):
        yield i
    raise KeyError("from the generator")


def main():
    return sum(last(3))


main()
# expect-stderr: line 299, in <module>
# expect-stderr: line 296, in main
# expect-stderr: line 292, in last
# expect-stderr: KeyError: 'from the generator'
# expect-exit: 1
