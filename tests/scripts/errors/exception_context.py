# __context__, __suppress_context__, sys.exc_info() and sys.exception(): the exception being
# handled when another is raised, in except clauses, finally bodies and __exit__, as CPython 3.11.
# args: --gil newgil
# args: --gil nogil
def name(e):
    return None if e is None else type(e).__name__ + ":" + str(e)

def chain(e):
    out = []
    while e is not None:
        out.append(name(e))
        e = e.__context__
    return out

try:
    try:
        {}["k"]
    except KeyError:
        [][1]
except IndexError as e:
    print(chain(e), e.__cause__, e.__suppress_context__)

def inner():
    raise ValueError("inner")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        inner()
except ValueError as e:
    print(chain(e))

try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise TypeError("b")
        except TypeError:
            raise a
except KeyError as e:
    print(chain(e), name(e.__context__.__context__))

try:
    try:
        raise KeyError("x")
    except KeyError:
        raise
except KeyError as e:
    print(chain(e))

try:
    try:
        raise OSError("first")
    except OSError:
        pass
    raise RuntimeError("after")
except RuntimeError as e:
    print(chain(e))

try:
    try:
        raise OSError("one")
    except OSError as one:
        raise ValueError("two") from one
except ValueError as e:
    print(chain(e), name(e.__cause__), e.__suppress_context__)

try:
    try:
        raise OSError("one")
    except OSError:
        try:
            raise KeyError("two")
        except KeyError:
            raise IndexError("three")
except IndexError as e:
    print(chain(e))

def gen():
    try:
        yield 1
        raise StopIteration
    except StopIteration:
        raise ValueError("in gen")

try:
    for x in gen():
        pass
except ValueError as e:
    print(chain(e))

def gen2():
    yield 1
    raise StopIteration("stop")

try:
    list(gen2())
except RuntimeError as e:
    print(chain(e), name(e.__cause__), e.__suppress_context__)

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")

try:
    with Resource():
        raise KeyError("body")
except OSError as e:
    print(chain(e))

try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("in finally")
except ValueError as e:
    print(chain(e))

for i in range(3):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            int("z%d" % i)
    except ValueError as e:
        print(chain(e))
e = None
try:
    try:
        raise OSError("ctx")
    except OSError:
        raise TypeError("t") from None
except TypeError as e2:
    print(chain(e2), e2.__cause__, e2.__suppress_context__)
import sys
def info():
    t = sys.exc_info()[0]
    return None if t is None else t.__name__

def ret_in_finally():
    try:
        raise KeyError("lost")
    finally:
        print("finally sees", info())
        return "returned"
print(ret_in_finally(), info())

def brk():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print("loop finally", info())
            if i == 1:
                break
            continue
    return info()
print(brk())

class Swallow:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", info(), t.__name__ if t else None)
        return True
with Swallow():
    raise IndexError("x")
print("after with", info())
with Swallow():
    pass
try:
    raise OSError("outer")
except OSError:
    with Swallow():
        raise KeyError("inner")
    print("still handling", info())
print("done", info())

def gen():
    try:
        yield 1
        raise KeyError("g")
    finally:
        print("gen finally", info())
        yield 2
g = gen()
print(next(g), info())
try:
    print(next(g), info())
    next(g)
except KeyError as e:
    print("caught", repr(e), info())
print(info())
def nested():
    try:
        try:
            raise TypeError("a")
        finally:
            try:
                raise ValueError("b")
            except ValueError as e:
                print("inner ctx", type(e.__context__).__name__)
            print("after inner", info())
    except TypeError as e:
        return repr(e.__context__)
print(nested())
# expect: ['IndexError:list index out of range', "KeyError:'k'"] None False
# expect: ['ValueError:inner', 'ZeroDivisionError:division by zero']
# expect: ["KeyError:'a'", 'TypeError:b'] None
# expect: ["KeyError:'x'"]
# expect: ['RuntimeError:after']
# expect: ['ValueError:two', 'OSError:one'] OSError:one True
# expect: ['IndexError:three', "KeyError:'two'", 'OSError:one']
# expect: ['ValueError:in gen', 'StopIteration:']
# expect: ['RuntimeError:generator raised StopIteration', 'StopIteration:stop'] StopIteration:stop True
# expect: ['OSError:exit failed', "KeyError:'body'"]
# expect: ['ValueError:in finally', "KeyError:'a'"]
# expect: ["ValueError:invalid literal for int() with base 10: 'z0'", 'KeyError:0']
# expect: ["ValueError:invalid literal for int() with base 10: 'z1'", 'KeyError:1']
# expect: ["ValueError:invalid literal for int() with base 10: 'z2'", 'KeyError:2']
# expect: ['TypeError:t', 'OSError:ctx'] None True
# expect: finally sees KeyError
# expect: returned None
# expect: loop finally ValueError
# expect: loop finally ValueError
# expect: None
# expect: exit sees IndexError IndexError
# expect: after with None
# expect: exit sees None None
# expect: exit sees KeyError KeyError
# expect: still handling OSError
# expect: done None
# expect: 1 None
# expect: gen finally KeyError
# expect: 2 None
# expect: caught KeyError('g') KeyError
# expect: None
# expect: inner ctx TypeError
# expect: after inner TypeError
# expect: None
