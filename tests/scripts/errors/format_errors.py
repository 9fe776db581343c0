# The format mini-language's errors, with CPython's messages.
def attempt(value, spec):
    try:
        print(repr(format(value, spec)))
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
attempt(5, "abc")  # expect: ValueError: Invalid format specifier 'abc' for object of type 'int'
attempt(5, ".2d")  # expect: ValueError: Precision not allowed in integer format specifier
attempt("s", "+")  # expect: ValueError: Sign not allowed in string format specifier
attempt("s", "=")  # expect: ValueError: '=' alignment not allowed in string format specifier
attempt("s", "#")
# expect: ValueError: Alternate form (#) not allowed in string format specifier
attempt("s", "d")  # expect: ValueError: Unknown format code 'd' for object of type 'str'
attempt(5.0, "d")  # expect: ValueError: Unknown format code 'd' for object of type 'float'
attempt(5, "s")  # expect: ValueError: Unknown format code 's' for object of type 'int'
attempt(5, ",x")  # expect: ValueError: Cannot specify ',' with 'x'.
attempt("x", "<5,")  # expect: ValueError: Cannot specify ',' with 's'.
attempt(5, ".")  # expect: ValueError: Format specifier missing precision
attempt(5, ",_")  # expect: ValueError: Cannot specify both ',' and '_'.
attempt(5, "z")  # expect: ValueError: Negative zero coercion (z) not allowed in integer format specifier
attempt(-1, "c")  # expect: OverflowError: %c arg not in range(0x110000)
attempt(5, "+c")  # expect: ValueError: Sign not allowed with integer format specifier 'c'
attempt(None, "5")  # expect: TypeError: unsupported format string passed to NoneType.__format__
attempt([1], ">3")  # expect: TypeError: unsupported format string passed to list.__format__
def call(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
def two_fields():
    return "{} {}".format(1)
def missing_name():
    return "{name}".format(x=1)
def single_close():
    return "a } b".format()
def single_open():
    return "a {".format()
def unclosed():
    return "{0".format(1)
def mixed_auto():
    return "{} {0}".format(1)
def mixed_manual():
    return "{0} {}".format(1)
def bad_conversion():
    return "{!x}".format(1)
call(two_fields)  # expect: IndexError: Replacement index 1 out of range for positional args tuple
call(missing_name)  # expect: KeyError: 'name'
call(single_close)  # expect: ValueError: Single '}' encountered in format string
call(single_open)  # expect: ValueError: Single '{' encountered in format string
call(unclosed)  # expect: ValueError: expected '}' before end of string
call(mixed_auto)  # expect: ValueError: cannot switch from automatic field numbering to manual field specification
call(mixed_manual)  # expect: ValueError: cannot switch from manual field specification to automatic field numbering
call(bad_conversion)  # expect: ValueError: Unknown conversion specifier x
