# generator.send() resumed in line by CALL_METHOD (as next(g)): values sent, StopIteration with
# what it returned, a non-None value to a just-started generator, re-entry, exceptions, threads.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = acc()
print(g.send(None))
print(g.send(1), g.send(2))
try:
    g.send(None)
except StopIteration as e:
    print("stop", repr(e), e.value, e.args)
try:
    g.send(5)
except StopIteration as e:
    print("stop again", repr(e), e.args)

g = acc()
try:
    g.send(3)
except TypeError as e:
    print("TypeError", e)
print(next(g))

def gen_none():
    yield 1
g = gen_none()
print(g.send(None))
try:
    g.send(7)
except StopIteration as e:
    print("no value", repr(e), e.value)

def reentrant():
    x = yield 1
    yield me.send(x)
me = reentrant()
next(me)
try:
    me.send(2)
except ValueError as e:
    print("ValueError", e)

def raiser():
    x = yield 1
    raise KeyError(x)
g = raiser()
next(g)
try:
    g.send("k")
except KeyError as e:
    print("KeyError", e)
try:
    g.send(1)
except StopIteration as e:
    print("finished", repr(e))

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError:
            print("caught")
g = catcher()
next(g)
g.send(1)
g.throw(ValueError)
g.send(2)
g.close()
try:
    g.send(3)
except StopIteration:
    print("closed")

def ret_stop():
    yield 1
    return StopIteration("x")
g = ret_stop()
next(g)
try:
    g.send(0)
except StopIteration as e:
    print("returned", repr(e.value))

def deep(n):
    x = yield n
    if n:
        d = deep(n - 1)
        next(d)
        yield d.send(x)
    else:
        yield x * 100
g = deep(50)
next(g)
print(g.send(1))

total = 0
def summer():
    global total
    while True:
        total += (yield)
s = summer()
s.send(None)
for i in range(10):
    s.send(i)
print(total)

import sys
def recurse(n):
    yield 0
class Node:
    pass
def tb():
    yield 1
    1 / 0
g = tb()
next(g)
try:
    g.send(None)
except ZeroDivisionError as e:
    print("zde", e)
def in_thread():
    import threading
    res = []
    def worker():
        for i in range(200):
            g = acc()
            g.send(None)
            res.append(sum(g.send(j) for j in range(5)))
    ts = [threading.Thread(target=worker) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(len(res), res[0])
in_thread()
g = acc()
next(g)
send = g.send
print(send(4), send(5))

# expect: 0
# expect: 1 3
# expect: stop StopIteration(3) 3 (3,)
# expect: stop again StopIteration() ()
# expect: TypeError can't send non-None value to a just-started generator
# expect: 0
# expect: 1
# expect: no value StopIteration() None
# expect: ValueError generator already executing
# expect: KeyError 'k'
# expect: finished StopIteration()
# expect: got 1
# expect: caught
# expect: got 2
# expect: closed
# expect: returned StopIteration('x')
# expect: 100
# expect: 45
# expect: zde division by zero
# expect: 800 20
# expect: 4 9
