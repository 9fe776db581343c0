# Frames that CALL pushes set their handler bases at their first try block or except clause:
# handlers and handled exceptions of callers and callees stay apart through calls, returns,
# raises, re-raises, generators and recursion; calls with trailing defaults bound in line.
def leaf(x):
    if x < 0:
        raise ValueError("negative " + str(x))
    return x * 2


def middle(x):
    return leaf(x) + 1


def guarded(x):
    try:
        return middle(x)
    except ValueError as e:
        return "caught " + str(e)


print(guarded(3), guarded(-2))


def catches_late(x):
    y = middle(1)  # a call before the first block
    try:
        return middle(x) + y
    except ValueError:
        return -1


print(catches_late(4), catches_late(-4))


def reraises(x):
    try:
        return middle(x)
    except ValueError:
        raise


def outer(x):
    try:
        return reraises(x)
    except ValueError as e:
        return "outer " + str(e)


print(outer(5), outer(-5))


def context_chain():
    try:
        leaf(-1)
    except ValueError:
        try:
            leaf(-2)
        except ValueError as inner:
            return repr(inner.__context__)


print(context_chain())


def handled_then_call():
    try:
        raise KeyError("k")
    except KeyError:
        r = guarded(-7)  # the callee's except clause and return inside the caller's
        try:
            raise  # still the KeyError
        except KeyError as e:
            return r + " / " + repr(e)


print(handled_then_call())


def finally_runs(log):
    try:
        return middle(2)
    finally:
        log.append("finally")


log = []
print(finally_runs(log), log)


def no_block(x):
    return leaf(x)


def catcher(n):
    total = 0
    for i in range(n):
        try:
            total += no_block(i - 2)
        except ValueError:
            total += 100
    return total


print(catcher(6))


def gen(n):
    try:
        for i in range(n):
            yield leaf(i)
    finally:
        print("gen closed")


def use_gen():
    out = []
    try:
        for v in gen(5):
            out.append(v)
            if v == 4:
                raise IndexError("stop")
    except IndexError as e:
        out.append(str(e))
    return out


print(use_gen())


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, extra=10, more=100):
        try:
            return self.v + extra + more
        except TypeError:
            return "bad"


b = Box(1)
m = b.get
print(m(), m(2), m(2, 3), Box("s").get())


def defaults(a, b=[], c=None):
    b.append(a)
    return len(b), c


print(defaults(1), defaults(2), defaults(3, []), defaults(4))
try:
    defaults()
except TypeError as e:
    print(e)
try:
    defaults(1, 2, 3, 4)
except TypeError as e:
    print(e)


def recurse(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        return recurse(n - 1)
    except KeyError:
        return "wrong"


try:
    recurse(50)
except RuntimeError as e:
    print("recursed", e)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(e)


def with_try_after_recursion_error():
    try:
        forever(0)
    except RecursionError:
        return guarded(-1)


print(with_try_after_recursion_error())

# expect: 7 caught negative -2
# expect: 12 -1
# expect: 11 outer negative -5
# expect: ValueError('negative -1')
# expect: caught negative -7 / KeyError('k')
# expect: 5 ['finally']
# expect: 212
# expect: gen closed
# expect: [0, 2, 4, 'stop']
# expect: 111 103 6 bad
# expect: (1, None) (2, None) (1, None) (3, None)
# expect: defaults() missing 1 required positional argument: 'a'
# expect: defaults() takes from 1 to 3 positional arguments but 4 were given
# expect: recursed bottom
# expect: maximum recursion depth exceeded
# expect: caught negative -1
