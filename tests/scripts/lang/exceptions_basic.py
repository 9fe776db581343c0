# try/except with specific classes, Exception, tuples of classes, `as e`, raise.
try:
    1 // 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")  # expect: caught ZeroDivisionError

try:
    1 // 0
except ZeroDivisionError as e:
    print(e)  # expect: integer division or modulo by zero

try:
    10 % 0
except ZeroDivisionError as e:
    print(e)  # expect: integer modulo by zero

try:
    1 / 0
except ZeroDivisionError as e:
    print(e)  # expect: division by zero

try:
    raise ValueError("bad value")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: bad value

try:
    raise OSError("disk on fire")
except OSError as e:
    print("OSError:", e)  # expect: OSError: disk on fire

try:
    int("nope")
except Exception as e:
    print("Exception catches ValueError:", e)  # expect: Exception catches ValueError: invalid literal for int() with base 10: 'nope'

try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print("tuple of classes:", e)  # expect: tuple of classes: list index out of range

try:
    raise ValueError
except ValueError as e:
    print("raised a class: [%s]" % e)  # expect: raised a class: []

try:
    undefined_name_here
except NameError as e:
    print(e)  # expect: name 'undefined_name_here' is not defined

def first_matching(n):
    try:
        if n == 0:
            raise ValueError("v")
        if n == 1:
            raise OSError("o")
        return "none"
    except OSError:
        return "os"
    except ValueError:
        return "value"

print(first_matching(0), first_matching(1), first_matching(2))  # expect: value os none
try:
    try:
        raise OSError("inner")
    except ValueError:
        print("wrong handler")
except OSError as e:
    print("outer got", e)  # expect: outer got inner
print("after")  # expect: after
