# Exceptions and generators: chaining, finally, except tuples, close()/throw(), yield from.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)

d = {1: "one"}
for k in (1, 2):
    try:
        print(lookup(d, k))
    except NotFound as e:
        print(type(e).__name__, e, e.key, repr(e.__context__), e.__cause__, e.__suppress_context__)
    except AppError:
        print("AppError")
    finally:
        print("finally", k)

def cause():
    try:
        int("x")
    except ValueError as e:
        raise AppError("wrapped") from e
try:
    cause()
except AppError as e:
    print(repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

def from_none():
    try:
        {}["k"]
    except KeyError:
        raise AppError("quiet") from None
try:
    from_none()
except AppError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

for exc in (ValueError("v"), KeyError("k"), TypeError("t"), NotFound(3)):
    try:
        raise exc
    except (KeyError, ValueError) as e:
        print("tuple", type(e).__name__)
    except (AppError,) as e:
        print("app", e)
    except Exception as e:
        print("other", type(e).__name__)

def reraise_from_finally():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
try:
    reraise_from_finally()
except ValueError as e:
    print("caught", e)

def finally_replaces():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("kept")
try:
    finally_replaces()
except KeyError as e:
    print(repr(e), repr(e.__context__))

def return_in_finally():
    try:
        raise ValueError("swallowed")
    finally:
        return "returned"
print(return_in_finally())

def return_overrides():
    try:
        return 1
    finally:
        return 2
print(return_overrides())

def bare_reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    bare_reraise()
except ZeroDivisionError as e:
    print("reraised", e)

# The except variable is deleted at the end of its clause.
try:
    raise ValueError(1)
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# Many raises through one site, each with its own context.
t = 0
for i in range(200):
    try:
        try:
            [][i]
        except IndexError:
            raise NotFound(i) if i % 2 else KeyError(i)
    except NotFound as e:
        t += e.key + (e.__context__ is not None)
    except KeyError as e:
        t -= 1
    finally:
        t += 1
print(t)

# Generators: StopIteration inside becomes RuntimeError; close(), throw(); yield from's value.
def stops():
    yield 1
    raise StopIteration("inner")
g = stops()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

def guarded(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")
log = []
g = guarded(log)
next(g)
g.close()
print(log, list(g))
g.close()

def catches():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught %s" % e
g = catches()
print(next(g), g.throw(ValueError("boom")), next(g))
try:
    g.throw(KeyError("out"))
except KeyError as e:
    print("escaped", repr(e))
print(list(g))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def inner():
    x = yield 1
    y = yield x * 10
    return x + y
def outer():
    result = yield from inner()
    yield "result %d" % result
    return "done"
g = outer()
print(next(g), g.send(4), g.send(5))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def delegate_throw():
    yield from catches()
g = delegate_throw()
print(next(g), g.throw(ValueError("deep")))

def fresh():
    yield 1
g = fresh()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("ValueError:", e)
print(list(g))

def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def counter(n):
    for i in range(n):
        yield i
    return n
def chain(*gens):
    total = 0
    for g in gens:
        total += yield from g
    return total
def drive():
    result = yield from chain(counter(3), counter(2), counter(1))
    yield ("total", result)
print(list(drive()))
print(sum(x for x in counter(100) if x % 3 == 0), list(zip(counter(3), "abc")))

# expect: one
# expect: finally 1
# expect: NotFound missing 2 2 KeyError(2) None False
# expect: finally 2
# expect: ValueError("invalid literal for int() with base 10: 'x'") True ValueError
# expect: None True KeyError('k')
# expect: tuple ValueError
# expect: tuple KeyError
# expect: other TypeError
# expect: app missing 3
# expect: cleanup
# expect: caught first
# expect: KeyError('kept') ValueError('lost')
# expect: returned
# expect: 2
# expect: reraised division by zero
# expect: NameError: name 'err' is not defined
# expect: 10200
# expect: 1
# expect: RuntimeError: generator raised StopIteration StopIteration('inner')
# expect: ['closed'] []
# expect: ready caught boom ready
# expect: escaped KeyError('out')
# expect: []
# expect: RuntimeError: generator ignored GeneratorExit
# expect: 1 40 result 9
# expect: StopIteration done
# expect: ready caught deep
# expect: TypeError: can't send non-None value to a just-started generator
# expect: ValueError: before start
# expect: []
# expect: ValueError: generator already executing
# expect: [0, 1, 2, 0, 1, 0, ('total', 6)]
# expect: 1683 [(0, 'a'), (1, 'b'), (2, 'c')]
