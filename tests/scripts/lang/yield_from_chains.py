# args: --gil newgil
# args: --gil nogil
# `yield from` chains: values, sends, returns, exceptions and throws through every level.
import sys

def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("leaf", n, got)

def middle(n):
    r = yield from leaf(n)
    s = yield from leaf(1)
    return (r, s)

def top(n):
    r = yield from middle(n)
    print("top got", r)
    return "done"

g = top(3)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    g.send("d")
except StopIteration as e:
    print("stop", e.value)

# A tree walked by recursive `yield from`, as pyperformance's generators benchmark.
class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

def tree(r):
    if not r:
        return None
    i = len(r) // 2
    return Tree(tree(r[:i]), r[i], tree(r[i + 1:]))

t = tree(range(1000))
print(sum(t), list(t) == list(range(1000)), list(tree(range(5))))

# An exception raised deep in the chain unwinds every level, each one's finally running.
def raiser(depth):
    try:
        if depth == 0:
            yield "bottom"
            raise ValueError("deep")
        yield from raiser(depth - 1)
    finally:
        print("finally", depth)

g = raiser(3)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", repr(e))

# Caught in the middle of the chain: the outer generator goes on.
def catcher():
    try:
        yield from raiser(1)
    except ValueError as e:
        print("middle caught", e)
    yield "after"

print(list(catcher()))

# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("oops")

def wrap():
    yield from bad()

try:
    print(list(wrap()))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

# throw() into the outer generator reaches the inner one, which may catch it.
def inner_catch():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("inner caught", repr(e))
            return "inner done"

def outer():
    r = yield from inner_catch()
    print("outer resumed with", r)
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))

# close() runs the finally blocks of the whole chain.
g = raiser(2)
next(g)
g.close()
print("closed")

# A generator cannot `yield from` itself.
def self_ref():
    yield from me
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# Sending a value to a just-started inner generator through `yield from` after a restart.
def fresh():
    x = yield "first"
    yield x * 2

def relay():
    yield from fresh()
    yield from fresh()

g = relay()
print(next(g), g.send(5), next(g), g.send(7))

# Chains deeper than the recursion limit are a RecursionError, not a crash.
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"

try:
    print(next(deep(100000)))
except RecursionError:
    print("RecursionError")
print(next(deep(200)))

# yield from a non-generator iterator and from a list.
def mixed():
    r = yield from [1, 2]
    print("list returns", r)
    yield from iter("ab")
    yield from range(2)

print(list(mixed()))
# expect: 0
# expect: 1
# expect: 2
# expect: 0
# expect: top got (('leaf', 3, ['a', 'b', 'c']), ('leaf', 1, ['d']))
# expect: stop done
# expect: 499500 True [0, 1, 2, 3, 4]
# expect: bottom
# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: finally 3
# expect: caught ValueError('deep')
# expect: finally 0
# expect: finally 1
# expect: middle caught deep
# expect: ['bottom', 'after']
# expect: RuntimeError generator raised StopIteration StopIteration('oops')
# expect: waiting
# expect: inner caught KeyError('k')
# expect: outer resumed with inner done
# expect: outer end
# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: closed
# expect: ValueError generator already executing
# expect: first 10 first 14
# expect: RecursionError
# expect: bottom
# expect: list returns None
# expect: [1, 2, 'a', 'b', 0, 1]
