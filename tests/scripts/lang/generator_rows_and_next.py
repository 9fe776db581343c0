# for over enumerate(gen) and zip(..., gen, ...) with the generators resumed in the loop's run(),
# and next(gen) resumed in line: items, numbering, which input is advanced when another runs out,
# breaking out and going on, `finally` at the right time, errors out of the generator (StopIteration
# inside becomes RuntimeError), the same generator twice, a running generator, threads.
import threading


def gen(n, label="g"):
    try:
        for i in range(n):
            yield i * 10
    finally:
        print("finally", label)


def counted(n, log):
    for i in range(n):
        log.append(i)
        yield i


for i, x in enumerate(gen(3)):
    print("enum", i, x)
for t in enumerate(gen(2, "h"), 5):
    print("tuple", t)
for i, x in enumerate(gen(2, "big"), 2**63 - 2):
    print("big", i, x)
e = enumerate(gen(5, "e"))
for i, x in e:
    if i == 1:
        break
print("after break", next(e))
for i, x in e:
    print("rest", i, x)
print("e done", list(e))

log = []
for a, b in zip(range(3), counted(10, log)):
    print("zip", a, b)
print("gen advanced", log)
log = []
for a, b in zip(counted(10, log), range(2)):
    print("zip2", a, b)
print("gen advanced", log)
for a, b, c in zip([1, 2, 3], gen(5, "z1"), "xy"):
    print("zip3", a, b, c)
for row in zip(gen(2, "r1"), iter([7, 8, 9])):
    print("row", row)
g = gen(4, "same")
for a, b in zip(g, g):
    print("same", a, b)
del g


def raising(n):
    yield from range(n)
    raise KeyError("boom")


try:
    for i, x in enumerate(raising(2)):
        print("r", i, x)
except KeyError as e:
    print("KeyError", e)
try:
    for a, b in zip(range(5), raising(1)):
        print("rz", a, b)
except KeyError as e:
    print("KeyError", e)


def stops():
    yield 1
    raise StopIteration("x")


try:
    for i, x in enumerate(stops()):
        print("s", i, x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("bad next")


try:
    for a, b in zip(gen(3, "bad"), Bad()):
        print("never", a, b)
except ValueError as e:
    print("ValueError", e)


def selfish():
    yield list(zip(range(2), me))


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# next()
g = gen(3, "n")
print("next", next(g), next(g), next(g, "d"))
print("next end", next(g, "default"), next(g, None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)


def returns():
    yield 1
    return "result"


r = returns()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    next(r)
except StopIteration as e:
    print("again", e.args)
r = returns()
print(next(r), next(r, "fallback"))
print(next(gen(3, "temp")))
try:
    next(raising(0))
except KeyError as e:
    print("KeyError", e)
try:
    next(stops())
    s = stops()
    next(s)
    next(s)
except RuntimeError as e:
    print("RuntimeError", e)


def recursive():
    yield next(it)


it = recursive()
try:
    next(it)
except ValueError as e:
    print("ValueError", e)


def echo():
    got = yield "first"
    while True:
        got = yield "got %s" % got


ec = echo()
print(next(ec), ec.send(1), next(ec), ec.send("x"))
ec.close()


def outer():
    yield from gen(2, "inner")
    yield "outer"


o = outer()
print([next(o), next(o), next(o), next(o, "end")])


def pairs(n):
    for i in range(n):
        yield i, i * i


def worker(results, k):
    total = 0
    g = pairs(2000)
    while True:
        p = next(g, None)
        if p is None:
            break
        total += p[1]
    for i, (a, b) in enumerate(pairs(1000)):
        total += i + a
    for a, (b, c) in zip(range(500), pairs(10**6)):
        total += a + b
    results[k] = total


results = [0] * 4
threads = [threading.Thread(target=worker, args=(results, k)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)

shared = pairs(10000)
lock = threading.Lock()
taken = []


def take():
    while True:
        with lock:
            p = next(shared, None)
        if p is None:
            return
        taken.append(p[0])


threads = [threading.Thread(target=take) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(taken), sum(taken))

# expect: enum 0 0
# expect: enum 1 10
# expect: enum 2 20
# expect: finally g
# expect: tuple (5, 0)
# expect: tuple (6, 10)
# expect: finally h
# expect: big 9223372036854775806 0
# expect: big 9223372036854775807 10
# expect: finally big
# expect: after break (2, 20)
# expect: rest 3 30
# expect: rest 4 40
# expect: finally e
# expect: e done []
# expect: zip 0 0
# expect: zip 1 1
# expect: zip 2 2
# expect: gen advanced [0, 1, 2]
# expect: zip2 0 0
# expect: zip2 1 1
# expect: gen advanced [0, 1, 2]
# expect: zip3 1 0 x
# expect: zip3 2 10 y
# expect: finally z1
# expect: row (0, 7)
# expect: row (10, 8)
# expect: finally r1
# expect: same 0 10
# expect: same 20 30
# expect: finally same
# expect: r 0 0
# expect: r 1 1
# expect: KeyError 'boom'
# expect: rz 0 0
# expect: KeyError 'boom'
# expect: s 0 1
# expect: RuntimeError generator raised StopIteration StopIteration
# expect: finally bad
# expect: ValueError bad next
# expect: ValueError generator already executing
# expect: next 0 10 20
# expect: finally n
# expect: next end default None
# expect: StopIteration ()
# expect: 1
# expect: StopIteration value result
# expect: again ()
# expect: 1 fallback
# expect: finally temp
# expect: 0
# expect: KeyError 'boom'
# expect: RuntimeError generator raised StopIteration
# expect: ValueError generator already executing
# expect: first got 1 got None got x
# expect: finally inner
# expect: [0, 10, 'outer', 'end']
# expect: [2665915500, 2665915500, 2665915500, 2665915500]
# expect: 10000 49995000
