# Frames the interpreter pushes for __init__, operator dunders, __len__, __next__, __setitem__,
# properties, keyword calls and f(*args, **kwargs) set their handler bases at their first block:
# a try inside them, an exception through them, and the caller's own handlers stay apart.
class V:
    def __init__(self, x):
        try:
            self.x = int(x)
        except ValueError:
            self.x = -1

    def __add__(self, other):
        try:
            return V(self.x + other.x)
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        try:
            return self.x < other.x
        finally:
            pass

    def __len__(self):
        try:
            return self.x
        except TypeError:
            return 0

    def __setitem__(self, k, v):
        try:
            self.x = k / v
        except ZeroDivisionError:
            self.x = "zero"

    @property
    def double(self):
        try:
            return self.x * 2
        except TypeError:
            return None


a, b = V("3"), V("oops")
print(a.x, b.x, (a + b).x, a < b, b < a, len(a))
try:
    a + 1
except TypeError as e:
    print(e)
a[1] = 0
print(a.x, a.double, V(4).double)
try:
    len(V(-1))
except ValueError as e:
    print(e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        try:
            if self.n == 0:
                raise StopIteration
            self.n -= 1
            return self.n
        except KeyError:
            return None


print([x for x in Countdown(4)])


def kw(a, b=2, *, c=3):
    try:
        return a + b + c
    except TypeError:
        return "kw bad"


def deco(fn):
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ZeroDivisionError as e:
            return "wrapped " + str(e)
    return wrapper


@deco
def div(a, b=1):
    return a / b


def caller():
    try:
        r = [kw(1, c=4), kw("x", b="y", c="z"), kw(1, b="s"), div(6, b=3), div(1, 0)]
        div(1, b="z")
    except TypeError as e:
        r.append(type(e).__name__)
    return r


print(caller())

# expect: 3 -1 2 False True 3
# expect: unsupported operand type(s) for +: 'V' and 'int'
# expect: zero zerozero 8
# expect: __len__() should return >= 0
# expect: [3, 2, 1, 0]
# expect: [7, 'xyz', 'kw bad', 2.0, 'wrapped division by zero', 'TypeError']
