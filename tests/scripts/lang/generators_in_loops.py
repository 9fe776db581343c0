# Generators driven by `for` loops (resumed inside the loop's own dispatch, without a nested run):
# yields, returns, exceptions out of and into generators, break, else, nesting and recursion; PEP 479.
# args: --gil newgil
# args: --gil nogil
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def squares(source):
    for x in source:
        yield x * x


total = 0
for v in squares(count(5)):
    total += v
print(total)


for x in count(3):
    pass
else:
    print("else ran", x)

g = count(10)
for x in g:
    if x == 3:
        break
print("after break", x, next(g), next(g))
for x in g:
    pass
print("resumed to", x)
try:
    next(g)
except StopIteration as e:
    print("finished", e.value)


def failing():
    yield 1
    raise ValueError("inside")


seen = []
gen = failing()
try:
    for x in gen:
        seen.append(x)
except ValueError as e:
    print("caught", e, seen)
print(next(gen, "exhausted"))


def cleanup(log):
    try:
        yield "a"
        yield "b"
    finally:
        log.append("finally")


log = []
for x in cleanup(log):
    log.append(x)
print(log)

log = []
c = cleanup(log)
for x in c:
    log.append(x)
    break
print(log)
c.close()
print(log)


def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise


try:
    for x in reraise():
        print("got", x)
except KeyError as e:
    print("reraised", repr(e))


def returns_in_finally():
    try:
        yield 1
        return 5
    finally:
        print("cleanup before the loop ends")


for x in returns_in_finally():
    print("item", x)
print("loop over")


def self_iterating():
    yield 1
    for y in it:
        yield y


it = self_iterating()
try:
    for x in it:
        print("outer", x)
except ValueError as e:
    print(type(e).__name__, e)


def tree(depth):
    if depth == 0:
        yield 1
        return
    for x in tree(depth - 1):
        yield x
    for x in tree(depth - 1):
        yield x + 1


print(sum(1 for _ in tree(8)), max(x for x in tree(8)))


def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield "bottom"


for x in deep(200):
    print(x)
try:
    for x in deep(100000):
        pass
except RecursionError:
    print("RecursionError")


def raises_into_loop_handler():
    for i in range(3):
        try:
            yield i
        except ZeroDivisionError:
            print("not reached")


for x in raises_into_loop_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handled in the loop", x)


def pipeline():
    def numbers():
        yield from range(4)

    def doubled():
        for n in numbers():
            yield 2 * n

    return [x for x in doubled()]


print(pipeline())


# PEP 479: a StopIteration leaving a generator's frame becomes RuntimeError, caused by it.
def stops():
    yield 1
    raise StopIteration("early")


try:
    for x in stops():
        print("before", x)
except RuntimeError as e:
    print(type(e).__name__, e, "from", repr(e.__cause__))


def exhausted_next():
    yield 1
    next(iter([]))


try:
    print(list(exhausted_next()))
except RuntimeError as e:
    print("list:", e)


def catches_its_own():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"


print(list(catches_its_own()))
g = stops()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("throw:", e)
print(sum(x for x in [1, 2, 3]), [y for y in stops() if False] if False else "ok")
# expect: 30
# expect: else ran 2
# expect: after break 3 4 5
# expect: resumed to 9
# expect: finished None
# expect: caught inside [1]
# expect: exhausted
# expect: ['a', 'b', 'finally']
# expect: ['a']
# expect: ['a', 'finally']
# expect: got 1
# expect: reraised KeyError('k')
# expect: item 1
# expect: cleanup before the loop ends
# expect: loop over
# expect: outer 1
# expect: ValueError generator already executing
# expect: 256 9
# expect: bottom
# expect: RecursionError
# expect: handled in the loop 0
# expect: handled in the loop 1
# expect: handled in the loop 2
# expect: [0, 2, 4, 6]
# expect: before 1
# expect: RuntimeError generator raised StopIteration from StopIteration('early')
# expect: list: generator raised StopIteration
# expect: ['caught inside']
# expect: throw: generator raised StopIteration
# expect: 6 ok
