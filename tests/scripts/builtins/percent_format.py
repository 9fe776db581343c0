# %-formatting of str and bytes as CPython 3.11: bytes take %s and %b only of bytes, and %r and
# %a as an ASCII repr; %c takes a code point (a byte) or a single character (byte); %a escapes;
# %x and %o refuse floats; '#' alternate forms of floats; %(key) fields and '*' widths; what a
# mapping or list as the arguments leaves unconverted.
def attempt(fmt, args):
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)

for fmt, arg in [(b"%s", 5), (b"%s", b"x"), (b"%b", b"x"), (b"%b", 5), (b"%b", "s"),
                 (b"%s", "s"), (b"%5b|", b"ab"), (b"%-5s|", b"ab"), (b"%.1b", b"ab"),
                 (b"%r", 5), (b"%r", "\xe9"), (b"%r", b"x"), (b"%a", "\xe9\n"), (b"%a", [1, "\xe9"]),
                 (b"%d", 5), (b"%i", True), (b"%x", 255), (b"%#x", 255), (b"%5.1f", 2.25),
                 (b"%c", 65), (b"%c", 255), (b"%c", b"A"), (b"%5c", 65), (b"%c", True),
                 (b"%c", 256), (b"%c", -1), (b"%c", 2**70), (b"%c", b"AB"), (b"%c", b""),
                 (b"%c", "A"), (b"%c", 1.5), (b"%d", "s"), (b"%(x)s", {b"x": b"1"})]:
    attempt(fmt, arg)
for fmt, arg in [("%c", 0x263A), ("%c", "\xe9"), ("%3c", 0xE9), ("%-3c|", "\xe9"), ("%.0c", 65),
                 ("%c", True), ("%c", "ab"), ("%c", ""), ("%c", 0x110000), ("%c", -1),
                 ("%c", 2**70), ("%c", 1.5), ("%b", 1), ("%a", "\xe9"), ("%5a", "x"),
                 ("%5.2a", "\xe9"), ("%.3r", "abcdef"), ("%.1s", "\xe9a"), ("%r", b"x")]:
    attempt(fmt, arg)
for fmt, arg in [("%#g", 100.0), ("%#.3g", 100.0), ("%#.0f", 1.0), ("%#.0e", 1.0), ("%#x", 0),
                 ("%#X", 255), ("%#o", -8), ("%+.2f", 1.0), ("% .1e", 2.0), ("%010.3f", -1.5),
                 ("%-8.2f|", 1.5), ("%+x", 255), ("%x", 1.5), ("%o", 3.0), ("%X", None),
                 ("%o", [1]), ("%d", None), ("%f", "x"), ("%e", None), ("%g", [1]), ("%d", "x"),
                 ("%d", 1.9e20), ("%u", -5), ("%x", -10**30), ("%F", float("inf"))]:
    attempt(fmt, arg)
for fmt, args in [("%(a)s-%(b)d", {"a": 1, "b": 2}), ("%(a(b))s", {"a(b)": 1}),
                  ("%(x)s %(x)r", {"x": "\xe9"}), ("%()s", {"": 2}), ("%s %(x)s", {"x": 1}),
                  ("%(a", {"a": 1}), ("%(x)s", {}), ("%(a)s", 5), ("%(a)s", (1,)),
                  ("%(x)s %s", {"x": 1}), ("%(x)*d", {"x": 1}), ("%(x)s", [1]),
                  ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%*s|", (-4, "a")), ("%.*f", (2, 3.14159)),
                  ("%.*f", (-1, 1.5)), ("%*s", ("a", "b")), ("%.*s", (1.5, "b")),
                  ("%*s", (True, "b")), ("%.*s", (2**40, "b")),
                  ("abc", {}), ("abc", []), ("abc", b"x"), ("abc", range(3)), ("abc", "x"),
                  ("abc", ()), ("abc", 5), ("%s", {}), ("%s %s", [1]), (b"abc", [1]),
                  (b"abc", b"x"), (b"abc", "x"), ("%%|%5%", (1,)), ("%5%", ()), ("%s%%", 5)]:
    attempt(fmt, args)

# expect: b'%s' TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
# expect: b'%s' b'x'
# expect: b'%b' b'x'
# expect: b'%b' TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
# expect: b'%b' TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: b'%s' TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: b'%5b|' b'   ab|'
# expect: b'%-5s|' b'ab   |'
# expect: b'%.1b' b'a'
# expect: b'%r' b'5'
# expect: b'%r' b"'\\xe9'"
# expect: b'%r' b"b'x'"
# expect: b'%a' b"'\\xe9\\n'"
# expect: b'%a' b"[1, '\\xe9']"
# expect: b'%d' b'5'
# expect: b'%i' b'1'
# expect: b'%x' b'ff'
# expect: b'%#x' b'0xff'
# expect: b'%5.1f' b'  2.2'
# expect: b'%c' b'A'
# expect: b'%c' b'\xff'
# expect: b'%c' b'A'
# expect: b'%5c' b'    A'
# expect: b'%c' b'\x01'
# expect: b'%c' OverflowError %c arg not in range(256)
# expect: b'%c' OverflowError %c arg not in range(256)
# expect: b'%c' OverflowError %c arg not in range(256)
# expect: b'%c' TypeError %c requires an integer in range(256) or a single byte
# expect: b'%c' TypeError %c requires an integer in range(256) or a single byte
# expect: b'%c' TypeError %c requires an integer in range(256) or a single byte
# expect: b'%c' TypeError %c requires an integer in range(256) or a single byte
# expect: b'%d' TypeError %d format: a real number is required, not str
# expect: b'%(x)s' b'1'
# expect: '%c' '☺'
# expect: '%c' 'é'
# expect: '%3c' '  é'
# expect: '%-3c|' 'é  |'
# expect: '%.0c' 'A'
# expect: '%c' '\x01'
# expect: '%c' TypeError %c requires int or char
# expect: '%c' TypeError %c requires int or char
# expect: '%c' OverflowError %c arg not in range(0x110000)
# expect: '%c' OverflowError %c arg not in range(0x110000)
# expect: '%c' OverflowError %c arg not in range(0x110000)
# expect: '%c' TypeError %c requires int or char
# expect: '%b' ValueError unsupported format character 'b' (0x62) at index 1
# expect: '%a' "'\\xe9'"
# expect: '%5a' "  'x'"
# expect: '%5.2a' "   '\\"
# expect: '%.3r' "'ab"
# expect: '%.1s' 'é'
# expect: '%r' "b'x'"
# expect: '%#g' '100.000'
# expect: '%#.3g' '100.'
# expect: '%#.0f' '1.'
# expect: '%#.0e' '1.e+00'
# expect: '%#x' '0x0'
# expect: '%#X' '0XFF'
# expect: '%#o' '-0o10'
# expect: '%+.2f' '+1.00'
# expect: '% .1e' ' 2.0e+00'
# expect: '%010.3f' '-00001.500'
# expect: '%-8.2f|' '1.50    |'
# expect: '%+x' '+ff'
# expect: '%x' TypeError %x format: an integer is required, not float
# expect: '%o' TypeError %o format: an integer is required, not float
# expect: '%X' TypeError %X format: an integer is required, not NoneType
# expect: '%o' TypeError %o format: an integer is required, not list
# expect: '%d' TypeError %d format: a real number is required, not NoneType
# expect: '%f' TypeError must be real number, not str
# expect: '%e' TypeError must be real number, not NoneType
# expect: '%g' TypeError must be real number, not list
# expect: '%d' TypeError %d format: a real number is required, not str
# expect: '%d' '190000000000000000000'
# expect: '%u' '-5'
# expect: '%x' '-c9f2c9cd04674edea40000000'
# expect: '%F' 'INF'
# expect: '%(a)s-%(b)d' '1-2'
# expect: '%(a(b))s' '1'
# expect: '%(x)s %(x)r' "é 'é'"
# expect: '%()s' '2'
# expect: '%s %(x)s' "{'x': 1} 1"
# expect: '%(a' ValueError incomplete format key
# expect: '%(x)s' KeyError 'x'
# expect: '%(a)s' TypeError format requires a mapping
# expect: '%(a)s' TypeError format requires a mapping
# expect: '%(x)s %s' TypeError not enough arguments for format string
# expect: '%(x)*d' TypeError not enough arguments for format string
# expect: '%(x)s' TypeError list indices must be integers or slices, not str
# expect: '%*d' '    3'
# expect: '%-*d|' '3    |'
# expect: '%*s|' 'a   |'
# expect: '%.*f' '3.14'
# expect: '%.*f' '2'
# expect: '%*s' TypeError * wants int
# expect: '%.*s' TypeError * wants int
# expect: '%*s' 'b'
# expect: '%.*s' OverflowError Python int too large to convert to C int
# expect: 'abc' 'abc'
# expect: 'abc' 'abc'
# expect: 'abc' 'abc'
# expect: 'abc' 'abc'
# expect: 'abc' TypeError not all arguments converted during string formatting
# expect: 'abc' 'abc'
# expect: 'abc' TypeError not all arguments converted during string formatting
# expect: '%s' '{}'
# expect: '%s %s' TypeError not enough arguments for format string
# expect: b'abc' b'abc'
# expect: b'abc' TypeError not all arguments converted during bytes formatting
# expect: b'abc' TypeError not all arguments converted during bytes formatting
# expect: '%%|%5%' ValueError unsupported format character '%' (0x25) at index 5
# expect: '%5%' TypeError not enough arguments for format string
# expect: '%s%%' '5%'
