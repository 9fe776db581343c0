# `raise X from e` and a bare `raise` unwind to the script's handler as every other raise does
# (they used to be C++ throws): the cause, the context, the traceback's lines, re-raising through
# frames and a `finally`, and an escape to the top level all as CPython 3.11.
class AppError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("bad " + s) from e

def reraise(s):
    try:
        return parse(s)
    except AppError:
        raise

total = 0
for i in range(6):
    try:
        total += reraise(str(i) if i % 2 else "x")
    except AppError as e:
        print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__,
              e.__suppress_context__,)
print(total)

def from_none():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None

try:
    from_none()
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def with_finally(log):
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            log.append("handler")
            raise
        finally:
            log.append("finally")
    except KeyError as e:
        log.append(repr(e))
    return log

print(with_finally([]))

try:
    raise TypeError("t") from 5
except TypeError as e:
    print(e)

def bare_outside():
    raise

try:
    bare_outside()
except RuntimeError as e:
    print(e)

raise AppError("top") from KeyError("cause")
# expect-exit: 1
# expect-stderr: KeyError: 'cause'
# expect: ValueError invalid literal for int() with base 10: 'x' True True
# expect: ValueError invalid literal for int() with base 10: 'x' True True
# expect: ValueError invalid literal for int() with base 10: 'x' True True
# expect: 9
# expect: None KeyError True
# expect: ['handler', 'finally', "KeyError('inner')"]
# expect: exception causes must derive from BaseException
# expect: No active exception to reraise
