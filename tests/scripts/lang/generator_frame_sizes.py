# Generator frames of every size move out at each yield and back at each resumption: none, up
# to four values (one block move), more (value by value); paused in try/except clauses (their
# handler blocks move too); resumed by for, next(), send(), throw(), close(), yield from.
# args: --gil newgil
# args: --gil nogil
# expect: [None, None]
# expect: [6, [1, 2, 3, 6]]
# expect: [(1, 2, 3, 4, 5, 6, 3, 7, 0), (1, 2, 3, 4, 5, 6, 3, 7, 1), ('16', [3, 7], {5: 4})]
# expect: [0, [0, (0, None, 1), 2], 2, [1, (1, None, 2), 3], 4, [2, (2, None, 3), 4]]
# expect: 0 [0, (0, 'a', 1), 2] 2 [1, (1, 'b', 2), 3] end end
# expect: 0 caught x finally 0 1 caught y finally 1
# expect: closed
# expect: 0 5 12 42
# expect: returned 42
# expect: ['bottom', 'done1', 'r12', 'r23', 'r34', 'r45', 'r56']
# expect: RecursionError
# expect: 870
# expect: [(3, (0, 0, 0, 0, 0, 0, 0, 0, 0), None), ([1, 1, 1, 3], (0, 0, 0, 0, 0, 0, 0, 0, 1), None)]
# expect: generator already executing
# expect: True
import sys


def empty():
    yield
    yield


def four(a, b, c):
    x = a + b + c
    yield x
    yield [a, b, c, x]


def wide(a, b, c, d, e, f):
    g = a + b
    h = c + d
    for i in range(2):
        yield (a, b, c, d, e, f, g, h, i)
    yield str(a) + str(f), [g, h], {e: d}


def stack_deep(n):
    # the yield sits deep in an expression: the operand stack holds the rest
    for i in range(n):
        total = [i, (i, (yield i * 2), i + 1), i + 2]
        yield total


def guarded(n):
    for i in range(n):
        try:
            yield i
        except ValueError as e:
            try:
                yield "caught " + str(e)
            finally:
                yield "finally " + str(i)
        finally:
            pass


def summing():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def nested(depth):
    if depth == 0:
        yield "bottom"
        return "done"
    x = yield from nested(depth - 1)
    yield x + str(depth)
    return "r" + str(depth)


def recursive(depth):
    # each level resumes the next from inside its own frame: the frame stack grows
    for v in recursive(depth + 1) if depth < 100000 else ():
        yield v
    yield depth


print(list(empty()))
print(list(four(1, 2, 3)))
print(list(wide(1, 2, 3, 4, 5, 6)))
g = stack_deep(3)
out = []
for v in g:
    out.append(v)
print(out)
g = stack_deep(2)
print(next(g), g.send("a"), next(g), g.send("b"), next(g, "end"), next(g, "end"))
g = guarded(3)
print(next(g), g.throw(ValueError("x")), next(g), next(g), g.throw(ValueError("y")), next(g))
g.close()
print(next(g, "closed"))
s = summing()
print(next(s), s.send(5), s.send(7), s.send(30))
try:
    s.send(None)
except StopIteration as e:
    print("returned", e.value)
print(list(nested(6)))
try:
    for v in recursive(0):
        pass
except RecursionError:
    print("RecursionError")
print(sum(x * y for x in range(10) for y in range(x)))
print(list(zip(four(1, 1, 1), wide(0, 0, 0, 0, 0, 0), empty())))


def running():
    yield g2.send(None)


g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)
g2 = None
print(sys.getrecursionlimit() > 0)
