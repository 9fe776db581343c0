# The errors scripts catch most (int() and float() of bad text, next() at the end, division by
# zero, an index out of range, a missing attribute, getattr/hasattr) raised without a C++ throw
# (raise_pending, run()'s *_or_pending helpers), caught near and far, through finally, re-raised
# and chained: CPython 3.11's types and messages. Every expectation is python3.11's output.
# args: --gil newgil
# args: --gil nogil

import math

def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

class O:
    cls_attr = 1
    @property
    def broken(self):
        raise AttributeError("from the property")
    @property
    def fine(self):
        return 7

class WithGetattr:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name + " is not magic")

def gen():
    yield 1
    return "done"

o = O()
w = WithGetattr()
big = 2 ** 70
cases = [
    ("int x", lambda: int("x")), ("int bytes", lambda: int(b"x1")), ("int spaces", lambda: int(" 12 ")),
    ("int base", lambda: int("zz", 36)), ("int bad base", lambda: int("9", 8)), ("int empty", lambda: int("")),
    ("float", lambda: float("abc")), ("float ok", lambda: float(" 1.5 ")),
    ("next", lambda: next(iter([]))), ("next default", lambda: next(iter([]), "d")),
    ("truediv", lambda: 1 / 0), ("floordiv", lambda: 1 // 0), ("mod", lambda: 1 % 0),
    ("float truediv", lambda: 1.0 / 0), ("float floordiv", lambda: 1.0 // 0), ("float mod", lambda: 5 % 0.0),
    ("bool", lambda: True / False), ("big truediv", lambda: big / 0), ("big mod", lambda: big % 0),
    ("big floordiv", lambda: big // 0), ("neg zero", lambda: 3 / -0.0), ("divmod", lambda: divmod(1, 0)),
    ("str by zero", lambda: "a" / 0),
    ("list index", lambda: [1, 2][5]), ("list neg", lambda: [1][-2]), ("tuple index", lambda: (1,)[-3]),
    ("str index", lambda: "abc"[10]), ("bytes index", lambda: b"ab"[2]), ("range index", lambda: range(3)[3]),
    ("list ok", lambda: [1, 2][-1]),
    ("attr", lambda: o.missing), ("class attr", lambda: O.missing), ("module attr", lambda: math.nope),
    ("attr ok", lambda: o.cls_attr), ("property", lambda: o.broken), ("property ok", lambda: o.fine),
    ("getattr hook", lambda: w.magic), ("getattr hook miss", lambda: w.other),
    ("int attr", lambda: (5).nope), ("list attr", lambda: [].nope),
    ("getattr", lambda: getattr(o, "missing")), ("getattr default", lambda: getattr(o, "missing", 5)),
    ("getattr property", lambda: getattr(o, "broken", "dflt")),
    ("hasattr", lambda: (hasattr(o, "missing"), hasattr(o, "cls_attr"), hasattr(o, "broken"), hasattr(w, "magic"))),
]
for label, thunk in cases:
    attempt(label, thunk)

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value, e.args)

def deep(n):
    if n == 0:
        return [1][3]
    return deep(n - 1)

def middle():
    try:
        return deep(5)
    finally:
        print("finally ran")

try:
    middle()
except IndexError as e:
    print("caught from deep", e)

count = 0
for i in range(200):
    try:
        x = int("12" if i % 2 else "nope") + [1, 2][i % 3] + 10 // (i % 4) + len(o.missing if i % 5 == 0 else "ab")
    except (ValueError, IndexError, ZeroDivisionError, AttributeError) as e:
        count += len(type(e).__name__)
print(count)

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("reraised", e)

try:
    try:
        int("q")
    except ValueError as e:
        raise KeyError("inner") from e
except KeyError as e:
    print("chained", repr(e), type(e.__cause__).__name__, e.__cause__)
# expect: int x ValueError invalid literal for int() with base 10: 'x'
# expect: int bytes ValueError invalid literal for int() with base 10: b'x1'
# expect: int spaces ok 12
# expect: int base ok 1295
# expect: int bad base ValueError invalid literal for int() with base 8: '9'
# expect: int empty ValueError invalid literal for int() with base 10: ''
# expect: float ValueError could not convert string to float: 'abc'
# expect: float ok ok 1.5
# expect: next StopIteration 
# expect: next default ok d
# expect: truediv ZeroDivisionError division by zero
# expect: floordiv ZeroDivisionError integer division or modulo by zero
# expect: mod ZeroDivisionError integer modulo by zero
# expect: float truediv ZeroDivisionError float division by zero
# expect: float floordiv ZeroDivisionError float floor division by zero
# expect: float mod ZeroDivisionError float modulo
# expect: bool ZeroDivisionError division by zero
# expect: big truediv ZeroDivisionError division by zero
# expect: big mod ZeroDivisionError integer modulo by zero
# expect: big floordiv ZeroDivisionError integer division or modulo by zero
# expect: neg zero ZeroDivisionError float division by zero
# expect: divmod ZeroDivisionError integer division or modulo by zero
# expect: str by zero TypeError unsupported operand type(s) for /: 'str' and 'int'
# expect: list index IndexError list index out of range
# expect: list neg IndexError list index out of range
# expect: tuple index IndexError tuple index out of range
# expect: str index IndexError string index out of range
# expect: bytes index IndexError index out of range
# expect: range index IndexError range object index out of range
# expect: list ok ok 2
# expect: attr AttributeError 'O' object has no attribute 'missing'
# expect: class attr AttributeError type object 'O' has no attribute 'missing'
# expect: module attr AttributeError module 'math' has no attribute 'nope'
# expect: attr ok ok 1
# expect: property AttributeError from the property
# expect: property ok ok 7
# expect: getattr hook ok 42
# expect: getattr hook miss AttributeError other is not magic
# expect: int attr AttributeError 'int' object has no attribute 'nope'
# expect: list attr AttributeError 'list' object has no attribute 'nope'
# expect: getattr AttributeError 'O' object has no attribute 'missing'
# expect: getattr default ok 5
# expect: getattr property ok dflt
# expect: hasattr ok (False, True, False, True)
# expect: stop value done ('done',)
# expect: finally ran
# expect: caught from deep list index out of range
# expect: 1512
# expect: reraised division by zero
# expect: chained KeyError('inner') ValueError invalid literal for int() with base 10: 'q'
