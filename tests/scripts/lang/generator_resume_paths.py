# Generators resumed by a for loop, by `yield from` (SEND) and by next()/send(): the values, the
# objects they move through frames, early close, errors and return values.
import threading


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def squares(source):
    for x in source:
        yield x * x


def pipeline(n):
    total = 0
    for v in squares(squares(numbers(n))):
        total += v
    return total


print(pipeline(10), pipeline(0), pipeline(1))
print(list(numbers(3)), sum(x + 1 for x in range(5)))

# Non-int and shared items: their references move with the frame.
words = ["é", "", "ab", "日本"]
print([w * 2 for w in (s for s in words)], "".join(w for w in words if w))


def holder(log):
    try:
        yield "first"
        yield "second"
    finally:
        log.append("finally")


def passthrough(source):
    for x in source:
        yield x


items = [[k] for k in range(3)] + [None, "s", 1.5, 2**70]
print(all(a is b for a, b in zip(passthrough(passthrough(x for x in items)), items)))
print(list(passthrough([])), list(passthrough(passthrough(iter(items[3:])))))


log = []
for item in holder(log):
    log.append(item)
    break
log.append("after break")
print(log)

log = []
g = holder(log)
print(next(g), g.send(None))
g.close()
print(log, next(g, "closed"))
del g


# Return values through `yield from`, a sent value, throw() into the inner generator.
def inner():
    received = yield 1
    print("inner got", received)
    try:
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield 3
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield from numbers(2)
    return "outer result"


g = outer()
print(next(g), g.send("hello"), g.throw(KeyError("k")), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(outer()))


# Raising from inside: the loop sees the exception; the generator is finished after it.
def raiser(n):
    yield n
    raise ValueError("bad " + str(n))


g = raiser(7)
try:
    for v in g:
        print("got", v)
except ValueError as e:
    print("caught", e)
print(next(g, "finished"))


def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
del me

try:
    numbers(3).send(5)
except TypeError as e:
    print("TypeError", e)


# Several threads each run their own pipeline (free-threaded builds: no shared generator).
results = [None] * 4


def work(k):
    results[k] = pipeline(200 + k)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)

# expect: 15333 0 0
# expect: [0, 1, 2] 15
# expect: ['éé', '', 'abab', '日本日本'] éab日本
# expect: True
# expect: [] [None, 's', 1.5, 1180591620717411303424]
# expect: ['first', 'finally', 'after break']
# expect: first second
# expect: ['finally'] closed
# expect: inner got hello
# expect: inner caught KeyError('k')
# expect: outer got inner result
# expect: 1 2 3 0 1
# expect: stop outer result
# expect: inner got None
# expect: outer got inner result
# expect: [1, 2, 0, 1]
# expect: got 7
# expect: caught bad 7
# expect: finished
# expect: ValueError generator already executing
# expect: TypeError can't send non-None value to a just-started generator
# expect: [63202666660, 64802666660, 66434907461, 68099873877]
