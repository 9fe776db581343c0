# A function's own attributes (`wrapper.calls += 1`) are read and written in its dict directly
# for names that are not dunder ones; dunder names (__name__, __wrapped__, __dict__) and missing
# names go the general way, with CPython's messages.
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0

    def release():  # the closure's cell holds wrapper: emptied at the end, no cycle left
        nonlocal wrapper
        wrapper = None
    wrapper.release = release
    return wrapper


@counted
def add(a, b=1):
    return a + b


total = 0
for i in range(50):
    total += add(i) + add(i, b=2)
print(total, add.calls, add.__name__, add.__wrapped__.__name__)


def f():
    pass


def attempt(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


def read_x(fn):
    return fn.x


attempt(lambda: read_x(f))  # no attributes at all
f.y = 1
attempt(lambda: read_x(f))  # attributes, not this one
for value in (1, "two", None):
    f.x = value
    print(read_x(f), f.y)
del f.x
attempt(lambda: read_x(f))
attempt(lambda: f._private)
f._private = [1]
f._private += [2]
print(f._private, f.__name__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__, f._private)
attempt(lambda: setattr(f, "__name__", 3))


# The same site reading a function, then an instance, then a function again.
class Box:
    x = "class x"


def read_any(o):
    return o.x


g = lambda: None
g.x = "g's x"
for o in (g, Box(), g, Box, f, g):
    attempt(lambda: read_any(o))
attempt(lambda: delattr(f, "zz"))
attempt(lambda: delattr(g, "x"))
attempt(lambda: read_any(g))
add.release()

# expect: 2600 100 add add
# expect: AttributeError 'function' object has no attribute 'x'
# expect: AttributeError 'function' object has no attribute 'x'
# expect: 1 1
# expect: two 1
# expect: None 1
# expect: AttributeError 'function' object has no attribute 'x'
# expect: AttributeError 'function' object has no attribute '_private'
# expect: [1, 2] f
# expect: renamed f [1, 2]
# expect: TypeError __name__ must be set to a string object
# expect: g's x
# expect: class x
# expect: g's x
# expect: class x
# expect: AttributeError 'function' object has no attribute 'x'
# expect: g's x
# expect: AttributeError 'function' object has no attribute 'zz'
# expect: None
# expect: AttributeError 'function' object has no attribute 'x'
