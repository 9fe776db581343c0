# Generators: close() raises GeneratorExit at the paused yield (except and finally run; a generator
# that yields again is a RuntimeError), throw() with a class or an instance, CPython's messages.
def worker():
    try:
        while True:
            x = yield
            print("got", x)
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally runs")


g = worker()
next(g)
g.send(1)
g.close()
g.close()
print("after close")


def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("caught", e)
            n = 100


c = counter()
print(next(c), next(c), c.throw(ValueError("reset")), next(c))
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
try:
    next(c)
except StopIteration:
    print("finished")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)


def ends():
    try:
        yield 1
    except ValueError:
        return


e = ends()
next(e)
try:
    e.throw(ValueError)
except StopIteration:
    print("StopIteration after throw")
fresh = ends()
fresh.close()
print(list(fresh))
try:
    ends().throw(TypeError("at start"))
except TypeError as err:
    print("TypeError", err)
try:
    ends().throw(5)
except TypeError as err:
    print(err)
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))


def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")


for item in cleanup():
    print(item)
gen = cleanup()
print(next(gen))
gen.close()

# What CPython 3.11 prints:
# expect: got 1
# expect: closing
# expect: finally runs
# expect: after close
# expect: caught reset
# expect: 0 1 100 101
# expect: KeyError 'k'
# expect: finished
# expect: generator ignored GeneratorExit
# expect: StopIteration after throw
# expect: []
# expect: TypeError at start
# expect: exceptions must be classes or instances deriving from BaseException, not int
# expect: True False
# expect: a
# expect: b
# expect: cleanup
# expect: a
# expect: cleanup
