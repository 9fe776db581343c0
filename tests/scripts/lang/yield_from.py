# `yield from` (PEP 380): values sent and exceptions thrown go on to the inner generator, the
# value of the expression is what the inner one returns (StopIteration.value), close() closes
# the inner generator first.
def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except ValueError as e:
        print("inner caught", e)
        yield 99
    finally:
        print("inner finally")
    return "inner-result"


def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield 3
    finally:
        print("outer finally")


o = outer()
print(next(o))  # expect: 1
print(o.send("s1"))  # expect: inner got s1
# expect: 2
print(o.throw(ValueError("boom")))  # expect: inner caught boom
# expect: 99
print(next(o))  # expect: inner finally
# expect: outer got inner-result
# expect: 3
o.close()  # expect: outer finally

o = outer()
print(next(o))  # expect: 1
o.close()  # expect: inner finally
# expect: outer finally


def returns():
    yield 1
    return 42


g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value, e.args)  # expect: stop value 42 (42,)
g = returns()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("send stop value", e.value)  # expect: send stop value 42


def delegate():
    v = yield from returns()
    print("delegate got", v)
    return v + 1


print(list(delegate()))  # expect: delegate got 42
# expect: [1]


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))  # expect: [1, 2, 'a', 'b', 0, 1, 2, 0, 1, 4]


def over_list():
    try:
        yield from [1, 2, 3]
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"


g = over_list()
print(next(g))  # expect: 1
print(g.throw(KeyError("k")))  # expect: outer caught KeyError('k')
# expect: recovered


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))  # expect: [1, 2, 3, 4, 5, 6]


def averager():
    total, count = 0, 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1


def collect(results):
    while True:
        results.append((yield from averager()))


results = []
c = collect(results)
next(c)
for v in [10, 20, 30, None, 1, None]:
    c.send(v)
print(results)  # expect: [20.0, 1.0]


def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                return
            print("ignoring")
            ignored = True


def wraps_stubborn():
    yield from stubborn()


w = wraps_stubborn()
next(w)
try:
    w.close()  # expect: ignoring
except RuntimeError as e:
    print(e)  # expect: generator ignored GeneratorExit
