# `yield from` chains: levels yielding on down to the consumer and resumed at their SEND in
# turn (no dispatch per level), with throw() and close() into a chain paused at various depths,
# exceptions raised at the bottom and caught at a middle level, return values, send(), re-entry
# ("generator already executing"), a non-generator inner iterator, and threads sharing chains.
import sys
def leaf(n, tag):
    for i in range(n):
        yield (tag, i)
    return tag * 10
def level(d, n):
    if d == 0:
        r = yield from leaf(n, d)
    else:
        r = yield from level(d - 1, n)
    return r + 1
out = []
g = level(5, 3)
for x in g:
    out.append(x)
print(out)
def collect(d, n):
    r = yield from level(d, n)
    print("returned", r)
print(list(collect(4, 2)))

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
t = tree(range(200))
print(list(t) == list(range(200)), sum(t), sum(x for x in t if x % 2))

def catcher(d):
    if d == 0:
        try:
            yield "bottom"
            yield "bottom2"
        except KeyError as e:
            yield "caught at 0: " + str(e)
        finally:
            print("finally 0")
    else:
        try:
            yield from catcher(d - 1)
        except ValueError as e:
            yield "caught at %d: %s" % (d, e)
        finally:
            print("finally", d)
g = catcher(4)
print(next(g))
print(g.throw(KeyError("k")))
print(next(g, "end"))
g = catcher(4)
print(next(g))
print(g.throw(ValueError("v")))
try:
    print(next(g))
except StopIteration:
    print("stopped")
g = catcher(3)
print(next(g))
g.close()
print("closed")
g = catcher(3)
print(next(g))
try:
    g.throw(IndexError("i"))
except IndexError as e:
    print("IndexError out", e)
print(next(g, "finished"))

def bad(d):
    if d == 0:
        yield 1
        raise RuntimeError("deep")
    yield from bad(d - 1)
try:
    for x in bad(6):
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e)

def echo(d):
    if d == 0:
        x = yield "ready"
        while True:
            x = yield "echo %r" % (x,)
    else:
        return (yield from echo(d - 1))
g = echo(5)
print(next(g), g.send(1), g.send("two"), next(g))

def reenter(d):
    if d == 0:
        yield 1
        yield next(top)
    else:
        yield from reenter(d - 1)
top = reenter(4)
print(next(top))
try:
    next(top)
except ValueError as e:
    print("ValueError", e)

def over_list(d):
    if d == 0:
        yield from [1, 2, 3]
    else:
        yield from over_list(d - 1)
        yield from iter((4, 5))
print(list(over_list(3)))

def stop_at(d):
    if d == 0:
        yield 0
        return "r"
    v = yield from stop_at(d - 1)
    yield v + str(d)
    return v + str(d)
print(list(stop_at(4)))

def counter(d, n):
    if d == 0:
        yield from range(n)
    else:
        yield from counter(d - 1, n)
def deep_gen(d):
    if d == 0:
        yield 0
    else:
        yield from deep_gen(d - 1)
limit = sys.getrecursionlimit()
try:
    print(list(deep_gen(limit + 50)))
except RecursionError as e:
    print("RecursionError")
print(list(deep_gen(100)))

import threading
results = []
def worker(k):
    total = 0
    for rep in range(30):
        total += sum(counter(6, 50))
    results.append(total)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(results)
shared = counter(8, 4000)
counts = []
def drain():
    n = 0
    while True:
        try:
            next(shared)
            n += 1
        except StopIteration:
            break
        except ValueError:
            pass
    counts.append(n)
ts = [threading.Thread(target=drain) for _ in range(3)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sum(counts))

# expect: [(0, 0), (0, 1), (0, 2)]
# expect: returned 5
# expect: [(0, 0), (0, 1)]
# expect: True 19900 10000
# expect: bottom
# expect: caught at 0: 'k'
# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: finally 3
# expect: finally 4
# expect: end
# expect: bottom
# expect: finally 0
# expect: caught at 1: v
# expect: finally 1
# expect: finally 2
# expect: finally 3
# expect: finally 4
# expect: stopped
# expect: bottom
# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: finally 3
# expect: closed
# expect: bottom
# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: finally 3
# expect: IndexError out i
# expect: finished
# expect: got 1
# expect: RuntimeError deep
# expect: ready echo 1 echo 'two' echo None
# expect: 1
# expect: ValueError generator already executing
# expect: [1, 2, 3, 4, 5, 4, 5, 4, 5]
# expect: [0, 'r1', 'r12', 'r123', 'r1234']
# expect: RecursionError
# expect: [0]
# expect: [36750, 36750, 36750, 36750]
# expect: 4000
