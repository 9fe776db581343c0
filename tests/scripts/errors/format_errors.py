# The format mini-language's and str.format's errors, with CPython's messages.
def show(function, first, second):
    try:
        print(repr(function(first, second)))
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
def fill_in(template, value):
    return template.format(value)
def fill_in_keyword(template, value):
    return template.format(x=value)
show(format, 5, "abc")  # expect: ValueError: Invalid format specifier 'abc' for object of type 'int'
show(format, 5, ".2d")  # expect: ValueError: Precision not allowed in integer format specifier
show(format, "s", "+")  # expect: ValueError: Sign not allowed in string format specifier
show(format, "s", "=")  # expect: ValueError: '=' alignment not allowed in string format specifier
show(format, "s", "#")
# expect: ValueError: Alternate form (#) not allowed in string format specifier
show(format, "s", "d")  # expect: ValueError: Unknown format code 'd' for object of type 'str'
show(format, 5.0, "d")  # expect: ValueError: Unknown format code 'd' for object of type 'float'
show(format, 5, "s")  # expect: ValueError: Unknown format code 's' for object of type 'int'
show(format, 5, ",x")  # expect: ValueError: Cannot specify ',' with 'x'.
show(format, "x", "<5,")  # expect: ValueError: Cannot specify ',' with 's'.
show(format, 5, ".")  # expect: ValueError: Format specifier missing precision
show(format, 5, ",_")  # expect: ValueError: Cannot specify both ',' and '_'.
show(format, 5, "z")  # expect: ValueError: Negative zero coercion (z) not allowed in integer format specifier
show(format, -1, "c")  # expect: OverflowError: %c arg not in range(0x110000)
show(format, 5, "+c")  # expect: ValueError: Sign not allowed with integer format specifier 'c'
show(format, None, "5")  # expect: TypeError: unsupported format string passed to NoneType.__format__
show(format, [1], ">3")  # expect: TypeError: unsupported format string passed to list.__format__
show(fill_in, "{} {}", 1)  # expect: IndexError: Replacement index 1 out of range for positional args tuple
show(fill_in_keyword, "{name}", 1)  # expect: KeyError: 'name'
show(fill_in, "a } b", 1)  # expect: ValueError: Single '}' encountered in format string
show(fill_in, "a {", 1)  # expect: ValueError: Single '{' encountered in format string
show(fill_in, "{0", 1)  # expect: ValueError: expected '}' before end of string
show(fill_in, "{} {0}", 1)
# expect: ValueError: cannot switch from automatic field numbering to manual field specification
show(fill_in, "{0} {}", 1)
# expect: ValueError: cannot switch from manual field specification to automatic field numbering
show(fill_in, "{!x}", 1)  # expect: ValueError: Unknown conversion specifier x
show(fill_in, "{0[5]}", [1])  # expect: IndexError: list index out of range
show(fill_in, "{0.nope}", 1)  # expect: AttributeError: 'int' object has no attribute 'nope'
