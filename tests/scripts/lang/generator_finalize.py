# A paused generator whose last reference goes is closed, as in CPython: its `finally` blocks
# and `with` exits run at once (del, a `for` loop left by `break`, a generator dropped in a
# thread); an error in them is reported on stderr ("Exception ignored in"), not raised.
# args: --gil newgil
# args: --gil legacy
# args: --gil nogil
import threading


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(f"{tag}: cleanup")


g = numbers("del")
print(next(g))  # expect: 1
del g  # expect: del: cleanup
print("after del")  # expect: after del


def first_only():
    for x in numbers("break"):
        print("got", x)  # expect: got 1
        break  # expect: break: cleanup
    print("loop done")  # expect: loop done


first_only()


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, kind, value, traceback):
        print("close", self.name, kind.__name__)
        return False


def lines():
    with Resource("log"):
        yield "a"
        yield "b"


for line in lines():  # expect: open log
    print(line)  # expect: a
    break  # expect: close log GeneratorExit
print("after with")  # expect: after with


def unstarted():
    try:
        yield 1
    finally:
        print("never printed: it never started")


u = unstarted()
del u


def rebinding():
    g = numbers("rebind")
    next(g)
    g = numbers("second")  # expect: rebind: cleanup
    print("rebound")  # expect: rebound
    # the second one never started: nothing to close


rebinding()


def failing():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")


f = failing()
next(f)
f = None  # expect-stderr: Exception ignored in: <generator object failing at
# expect-stderr: RuntimeError: in finally
print("still running")  # expect: still running

results = []


def in_thread():
    gen = numbers("thread")
    results.append(next(gen))
    # returning drops gen: its finally runs in this thread


t = threading.Thread(target=in_thread)
t.start()  # expect: thread: cleanup
t.join()
print(results)  # expect: [1]
