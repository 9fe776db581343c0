# Errors raised without a C++ throw since session 40 (raise_pending, find_attribute_or_pending,
# plain_unary_error, ...): each caught in a loop with CPython's type, message and args, raised
# inside a handler (__context__), through frames (traceback lines), in a generator and, under
# nogil, from several threads at once. Their neighbours that succeed are checked too.
# args: --gil newgil
# args: --gil nogil
import re
import threading
import traceback


def frames(e):  # (inside the except clause)
    text = traceback.format_exc()
    return re.findall(r"line (\d+), in (\S+)", text)


class Proxy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name == "key":
            raise KeyError(name)
        if name == "computed":
            return 42
        if name == "deep":
            return self.deeper
        raise AttributeError("no " + name)


class E(Exception):
    pass


class B(Exception):
    def __init__(self, m, n=0):
        super().__init__(m)
        self.n = n


class F(B):
    pass


class Mix:
    pass


class G(Mix, ValueError):
    pass


def raise_(e):
    raise e


def unpack(v):
    a, b = v
    return a, b


def cases():
    p = Proxy()
    l = [1, 2]
    t = (1, 2)
    s = "abc"
    none = None
    zero = 0
    return [
        ("p.missing", lambda: p.missing),
        ("p.key", lambda: p.key),
        ("p.computed ok", lambda: p.computed),
        ("p.real ok", lambda: p.real),
        ("p.deep", lambda: p.deep),
        ("getattr(p, 'x')", lambda: getattr(p, "x")),
        ("getattr(p, 'x', 7)", lambda: getattr(p, "x", 7)),
        ("getattr(p, 'key', 7)", lambda: getattr(p, "key", 7)),
        ("getattr(p, 'computed', 7)", lambda: getattr(p, "computed", 7)),
        ("hasattr(p, 'x')", lambda: hasattr(p, "x")),
        ("hasattr(p, 'computed')", lambda: hasattr(p, "computed")),
        ("hasattr(p, 'key')", lambda: hasattr(p, "key")),
        ("chr(-1)", lambda: chr(-1)),
        ("chr(0x110000)", lambda: chr(0x110000)),
        ("chr(233) ok", lambda: chr(233)),
        ("b'\\xff'.decode()", lambda: b"\xff".decode()),
        ("b'a\\xc3'.decode()", lambda: b"a\xc3".decode()),
        ("b'ab\\xe0\\x80'.decode()", lambda: b"ab\xe0\x80".decode()),
        ("b'\\xff'.decode('ascii')", lambda: b"\xff".decode("ascii")),
        ("str(b'\\xffab', 'utf-8')", lambda: str(b"\xffab", "utf-8")),
        ("b'abcdefghijk\\xe0\\xa0'.decode()", lambda: b"abcdefghijk\xe0\xa0".decode()),
        ("b'\\x80abc'.decode('ascii')", lambda: b"\x80abc".decode("ascii")),
        ("decode replace ok", lambda: b"\xffa".decode("utf-8", "replace")),
        ("decode ok", lambda: b"caf\xc3\xa9".decode()),
        ("int('5', 99)", lambda: int("5", 99)),
        ("int('5', 1)", lambda: int("5", 1)),
        ("int(5, 10)", lambda: int(5, 10)),
        ("int(base=10)", lambda: int(base=10)),
        ("int('z', 36) ok", lambda: int("z", 36)),
        ("divmod(1, 0)", lambda: divmod(1, zero)),
        ("divmod(1.5, 0)", lambda: divmod(1.5, zero)),
        ("divmod(1, 0.0)", lambda: divmod(1, 0.0)),
        ("divmod(True, False)", lambda: divmod(True, False)),
        ("divmod(2**70, 0)", lambda: divmod(2**70, zero)),
        ("divmod('a', 1)", lambda: divmod("a", 1)),
        ("divmod(7, -2) ok", lambda: divmod(7, -2)),
        ("abs('x')", lambda: abs(s)),
        ("abs(None)", lambda: abs(none)),
        ("abs(-3) ok", lambda: abs(-3)),
        ("ord('ab')", lambda: ord("ab")),
        ("ord('')", lambda: ord("")),
        ("ord(b'ab')", lambda: ord(b"ab")),
        ("ord(5)", lambda: ord(5)),
        ("ord('\\xe9') ok", lambda: ord("\xe9")),
        ("l['a']", lambda: l["a"]),
        ("l[1.5]", lambda: l[1.5]),
        ("l[None]", lambda: l[none]),
        ("t['a']", lambda: t["a"]),
        ("l[True] ok", lambda: l[True]),
        ("l[0:1:0]", lambda: l[0:1:0]),
        ("t[::0]", lambda: t[::zero]),
        ("s[::0]", lambda: s[::0]),
        ("b'ab'[::0]", lambda: b"ab"[::0]),
        ("l[slice(0, 1, 0)]", lambda: l[slice(0, 1, 0)]),
        ("range(3)[::0]", lambda: range(3)[::0]),
        ("l[::-1] ok", lambda: l[::-1]),
        ("-'x'", lambda: -s),
        ("+'x'", lambda: +s),
        ("~'x'", lambda: ~s),
        ("-None", lambda: -none),
        ("~1.5", lambda: ~1.5),
        ("-2.5 ok", lambda: -2.5),
        ("'a' * 'b'", lambda: s * "b"),
        ("'a' * None", lambda: s * none),
        ("'a' * 2.5", lambda: s * 2.5),
        ("None * 'a'", lambda: none * s),
        ("2.5 * 'a'", lambda: 2.5 * s),
        ("[1] * 'a'", lambda: l * s),
        ("'ab' * 2 ok", lambda: s * 2),
        ("sum(['a'])", lambda: sum(["a"])),
        ("sum([1, 'a'])", lambda: sum([1, "a"])),
        ("sum([1.5, None])", lambda: sum([1.5, none])),
        ("sum(gen of 'a')", lambda: sum(x for x in ["a"])),
        ("sum(iter(['a']))", lambda: sum(iter(["a"]))),
        ("sum([1, 2.5, 3]) ok", lambda: sum([1, 2.5, 3])),
        ("round('x')", lambda: round(s)),
        ("round(None, 2)", lambda: round(none, 2)),
        ("round(2.5) ok", lambda: round(2.5)),
        ("'a b'.split(1)", lambda: "a b".split(1)),
        ("'a b'.split('')", lambda: "a b".split("")),
        ("'a b'.rsplit(1)", lambda: "a b".rsplit(1)),
        ("b'a b'.split('x')", lambda: b"a b".split("x")),
        ("b'a b'.split(b'')", lambda: b"a b".split(b"")),
        ("'a,b'.split(',', 'x')", lambda: "a,b".split(",", "x")),
        ("'a,b'.split(1, 'x')", lambda: "a,b".split(1, "x")),
        ("'a b c'.split(None, 1) ok", lambda: "a b c".split(None, 1)),
        ("isinstance(1, 2)", lambda: isinstance(1, 2)),
        ("isinstance(1, 'int')", lambda: isinstance(1, "int")),
        ("isinstance(1, (str, 2))", lambda: isinstance(1, (str, 2))),
        ("isinstance(1, None)", lambda: isinstance(1, none)),
        ("isinstance(1, (int, 2)) ok", lambda: isinstance(1, (int, 2))),
        ("a, b = 5", lambda: unpack(5)),
        ("a, b = None", lambda: unpack(none)),
        ("a, b = 2.5", lambda: unpack(2.5)),
        ("a, b = True", lambda: unpack(True)),
        ("a, b = 'xy' ok", lambda: unpack("xy")),
        ("'%d' % 'x'", lambda: "%d" % s),
        ("'%i' % None", lambda: "%i" % none),
        ("'%u' % []", lambda: "%u" % l[:0]),
        ("'%x' % 1.5", lambda: "%x" % 1.5),
        ("'%o' % 2.0", lambda: "%o" % 2.0),
        ("'%X' % None", lambda: "%X" % none),
        ("'%5.2f' % 'x'", lambda: "%5.2f" % s),
        ("'%e' % None", lambda: "%e" % none),
        ("'%g' % []", lambda: "%g" % []),
        ("'%(a)d' % {'a': 'x'}", lambda: "%(a)d" % {"a": "x"}),
        ("'%s %d' % ('a', 'b')", lambda: "%s %d" % ("a", "b")),
        ("'%d %d' % ('a',)", lambda: "%d %d" % ("a",)),
        ("'%d' % Proxy()", lambda: "%d" % Proxy()),
        ("'%d' % E()", lambda: "%d" % E()),
        ("'%x' % True ok", lambda: "%x" % True),
        ("'%5.1f|%-4d' % (2.25, 7) ok", lambda: "%5.1f|%-4d" % (2.25, 7)),
        ("E('bad')", lambda: raise_(E("bad"))),
        ("F('x')", lambda: raise_(F("x"))),
        ("F('x', 3).n", lambda: F("x", 3).n),
        ("G('g')", lambda: raise_(G("g"))),
        ("F()", lambda: raise_(F())),
    ]


def describe(e):
    if isinstance(e, UnicodeDecodeError):  # (gilvm's args are the message alone)
        return (type(e).__name__, str(e))
    return (type(e).__name__, str(e), e.args)


def run_all():
    for label, f in cases():
        seen = []
        for i in range(3):
            try:
                seen.append(("ok", f()))
            except Exception as e:
                seen.append(describe(e))
        print(label, seen[0], seen.count(seen[0]) == 3)


run_all()


# Raised inside an except block: __context__ is the one handled.
def in_handler(f):
    try:
        raise KeyError("first")
    except KeyError:
        f()


for label, f in cases()[::3]:
    try:
        in_handler(f)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, repr(e.__context__))


# Traceback lines: the frames between the raise and the handler.
def outer(f):
    return inner(f)


def inner(f):
    return f()


for label, f in cases()[1::3]:
    try:
        outer(f)
    except Exception as e:
        print(label, type(e).__name__, frames(e))


# In a generator, caught inside it and outside it.
def gen(fs):
    for f in fs:
        try:
            yield ("ok", f())
        except Exception as e:
            yield describe(e)


print(list(gen([f for _, f in cases()[2::3]])))


# The exception class's __init__ found again after a class changes.
def raise_e():
    raise E("bad")


for i in range(3):
    try:
        raise_e()
    except E as e:
        print(e, e.args)
E.__init__ = lambda self, *a: Exception.__init__(self, "patched", *a)
try:
    raise_e()
except E as e:
    print(e, e.args)
Mix.__init__ = lambda self, *a: ValueError.__init__(self, "mixed")
try:
    raise G("g")
except G as e:
    print(e, e.args)
del Mix.__init__
try:
    raise G("g2")
except G as e:
    print(e, e.args)
B.__init__ = lambda self, m: Exception.__init__(self, "B:" + m)
try:
    raise F("f")
except F as e:
    print(e, e.args)


# Several threads raising and catching them at once (nogil: no GIL between them).
def worker(out):
    counts = {}
    for _ in range(40):
        for label, f in cases():
            try:
                f()
                counts[label] = "ok"
            except Exception as e:
                counts[label] = describe(e)
    out.append(counts)


results = []
threads = [threading.Thread(target=worker, args=(results,)) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(results), all(r == results[0] for r in results), len(results[0]))


# __getattr__ of other shapes: a generator, defaults, *args, a decorated wrapper (not a plain
# function), one that reads other attributes through getattr(), and one that recurses too deep.
class GenHook:
    def __getattr__(self, name):
        yield name


class DefaultHook:
    def __getattr__(self, name, d=1):
        if d:
            raise AttributeError(name + str(d))


class StarHook:
    def __getattr__(self, *a):
        raise AttributeError(a)


def deco(f):
    def w(*a, **k):
        return f(*a, **k)

    return w


class WrappedHook:
    @deco
    def __getattr__(self, name):
        raise AttributeError("w" + name)


class ChainHook:
    def __getattr__(self, name):
        return getattr(self, name + "x") if len(name) < 3 else "done"


print(list(GenHook().ab))
for o in [DefaultHook(), StarHook(), WrappedHook(), ChainHook()]:
    for _ in range(2):
        try:
            print(o.ab)
        except AttributeError as e:
            print("AttributeError", e)
    print(hasattr(o, "q"), getattr(o, "zz", "dflt"))


class Deep:
    def __getattr__(self, name):
        return getattr(self, name + "x")


try:
    Deep().a
except RecursionError as e:
    print("RecursionError")

# expect: p.missing ('AttributeError', 'no missing', ('no missing',)) True
# expect: p.key ('KeyError', "'key'", ('key',)) True
# expect: p.computed ok ('ok', 42) True
# expect: p.real ok ('ok', 1) True
# expect: p.deep ('AttributeError', 'no deeper', ('no deeper',)) True
# expect: getattr(p, 'x') ('AttributeError', 'no x', ('no x',)) True
# expect: getattr(p, 'x', 7) ('ok', 7) True
# expect: getattr(p, 'key', 7) ('KeyError', "'key'", ('key',)) True
# expect: getattr(p, 'computed', 7) ('ok', 42) True
# expect: hasattr(p, 'x') ('ok', False) True
# expect: hasattr(p, 'computed') ('ok', True) True
# expect: hasattr(p, 'key') ('KeyError', "'key'", ('key',)) True
# expect: chr(-1) ('ValueError', 'chr() arg not in range(0x110000)', ('chr() arg not in range(0x110000)',)) True
# expect: chr(0x110000) ('ValueError', 'chr() arg not in range(0x110000)', ('chr() arg not in range(0x110000)',)) True
# expect: chr(233) ok ('ok', 'é') True
# expect: b'\xff'.decode() ('UnicodeDecodeError', "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte") True
# expect: b'a\xc3'.decode() ('UnicodeDecodeError', "'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data") True
# expect: b'ab\xe0\x80'.decode() ('UnicodeDecodeError', "'utf-8' codec can't decode byte 0xe0 in position 2: invalid continuation byte") True
# expect: b'\xff'.decode('ascii') ('UnicodeDecodeError', "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)") True
# expect: str(b'\xffab', 'utf-8') ('UnicodeDecodeError', "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte") True
# expect: b'abcdefghijk\xe0\xa0'.decode() ('UnicodeDecodeError', "'utf-8' codec can't decode bytes in position 11-12: unexpected end of data") True
# expect: b'\x80abc'.decode('ascii') ('UnicodeDecodeError', "'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)") True
# expect: decode replace ok ('ok', '�a') True
# expect: decode ok ('ok', 'café') True
# expect: int('5', 99) ('ValueError', 'int() base must be >= 2 and <= 36, or 0', ('int() base must be >= 2 and <= 36, or 0',)) True
# expect: int('5', 1) ('ValueError', 'int() base must be >= 2 and <= 36, or 0', ('int() base must be >= 2 and <= 36, or 0',)) True
# expect: int(5, 10) ('TypeError', "int() can't convert non-string with explicit base", ("int() can't convert non-string with explicit base",)) True
# expect: int(base=10) ('TypeError', 'int() missing string argument', ('int() missing string argument',)) True
# expect: int('z', 36) ok ('ok', 35) True
# expect: divmod(1, 0) ('ZeroDivisionError', 'integer division or modulo by zero', ('integer division or modulo by zero',)) True
# expect: divmod(1.5, 0) ('ZeroDivisionError', 'float divmod()', ('float divmod()',)) True
# expect: divmod(1, 0.0) ('ZeroDivisionError', 'float divmod()', ('float divmod()',)) True
# expect: divmod(True, False) ('ZeroDivisionError', 'integer division or modulo by zero', ('integer division or modulo by zero',)) True
# expect: divmod(2**70, 0) ('ZeroDivisionError', 'integer division or modulo by zero', ('integer division or modulo by zero',)) True
# expect: divmod('a', 1) ('TypeError', "unsupported operand type(s) for divmod(): 'str' and 'int'", ("unsupported operand type(s) for divmod(): 'str' and 'int'",)) True
# expect: divmod(7, -2) ok ('ok', (-4, -1)) True
# expect: abs('x') ('TypeError', "bad operand type for abs(): 'str'", ("bad operand type for abs(): 'str'",)) True
# expect: abs(None) ('TypeError', "bad operand type for abs(): 'NoneType'", ("bad operand type for abs(): 'NoneType'",)) True
# expect: abs(-3) ok ('ok', 3) True
# expect: ord('ab') ('TypeError', 'ord() expected a character, but string of length 2 found', ('ord() expected a character, but string of length 2 found',)) True
# expect: ord('') ('TypeError', 'ord() expected a character, but string of length 0 found', ('ord() expected a character, but string of length 0 found',)) True
# expect: ord(b'ab') ('TypeError', 'ord() expected a character, but string of length 2 found', ('ord() expected a character, but string of length 2 found',)) True
# expect: ord(5) ('TypeError', 'ord() expected string of length 1, but int found', ('ord() expected string of length 1, but int found',)) True
# expect: ord('\xe9') ok ('ok', 233) True
# expect: l['a'] ('TypeError', 'list indices must be integers or slices, not str', ('list indices must be integers or slices, not str',)) True
# expect: l[1.5] ('TypeError', 'list indices must be integers or slices, not float', ('list indices must be integers or slices, not float',)) True
# expect: l[None] ('TypeError', 'list indices must be integers or slices, not NoneType', ('list indices must be integers or slices, not NoneType',)) True
# expect: t['a'] ('TypeError', 'tuple indices must be integers or slices, not str', ('tuple indices must be integers or slices, not str',)) True
# expect: l[True] ok ('ok', 2) True
# expect: l[0:1:0] ('ValueError', 'slice step cannot be zero', ('slice step cannot be zero',)) True
# expect: t[::0] ('ValueError', 'slice step cannot be zero', ('slice step cannot be zero',)) True
# expect: s[::0] ('ValueError', 'slice step cannot be zero', ('slice step cannot be zero',)) True
# expect: b'ab'[::0] ('ValueError', 'slice step cannot be zero', ('slice step cannot be zero',)) True
# expect: l[slice(0, 1, 0)] ('ValueError', 'slice step cannot be zero', ('slice step cannot be zero',)) True
# expect: range(3)[::0] ('ValueError', 'slice step cannot be zero', ('slice step cannot be zero',)) True
# expect: l[::-1] ok ('ok', [2, 1]) True
# expect: -'x' ('TypeError', "bad operand type for unary -: 'str'", ("bad operand type for unary -: 'str'",)) True
# expect: +'x' ('TypeError', "bad operand type for unary +: 'str'", ("bad operand type for unary +: 'str'",)) True
# expect: ~'x' ('TypeError', "bad operand type for unary ~: 'str'", ("bad operand type for unary ~: 'str'",)) True
# expect: -None ('TypeError', "bad operand type for unary -: 'NoneType'", ("bad operand type for unary -: 'NoneType'",)) True
# expect: ~1.5 ('TypeError', "bad operand type for unary ~: 'float'", ("bad operand type for unary ~: 'float'",)) True
# expect: -2.5 ok ('ok', -2.5) True
# expect: 'a' * 'b' ('TypeError', "can't multiply sequence by non-int of type 'str'", ("can't multiply sequence by non-int of type 'str'",)) True
# expect: 'a' * None ('TypeError', "can't multiply sequence by non-int of type 'NoneType'", ("can't multiply sequence by non-int of type 'NoneType'",)) True
# expect: 'a' * 2.5 ('TypeError', "can't multiply sequence by non-int of type 'float'", ("can't multiply sequence by non-int of type 'float'",)) True
# expect: None * 'a' ('TypeError', "can't multiply sequence by non-int of type 'NoneType'", ("can't multiply sequence by non-int of type 'NoneType'",)) True
# expect: 2.5 * 'a' ('TypeError', "can't multiply sequence by non-int of type 'float'", ("can't multiply sequence by non-int of type 'float'",)) True
# expect: [1] * 'a' ('TypeError', "can't multiply sequence by non-int of type 'str'", ("can't multiply sequence by non-int of type 'str'",)) True
# expect: 'ab' * 2 ok ('ok', 'abcabc') True
# expect: sum(['a']) ('TypeError', "unsupported operand type(s) for +: 'int' and 'str'", ("unsupported operand type(s) for +: 'int' and 'str'",)) True
# expect: sum([1, 'a']) ('TypeError', "unsupported operand type(s) for +: 'int' and 'str'", ("unsupported operand type(s) for +: 'int' and 'str'",)) True
# expect: sum([1.5, None]) ('TypeError', "unsupported operand type(s) for +: 'float' and 'NoneType'", ("unsupported operand type(s) for +: 'float' and 'NoneType'",)) True
# expect: sum(gen of 'a') ('TypeError', "unsupported operand type(s) for +: 'int' and 'str'", ("unsupported operand type(s) for +: 'int' and 'str'",)) True
# expect: sum(iter(['a'])) ('TypeError', "unsupported operand type(s) for +: 'int' and 'str'", ("unsupported operand type(s) for +: 'int' and 'str'",)) True
# expect: sum([1, 2.5, 3]) ok ('ok', 6.5) True
# expect: round('x') ('TypeError', "type str doesn't define __round__ method", ("type str doesn't define __round__ method",)) True
# expect: round(None, 2) ('TypeError', "type NoneType doesn't define __round__ method", ("type NoneType doesn't define __round__ method",)) True
# expect: round(2.5) ok ('ok', 2) True
# expect: 'a b'.split(1) ('TypeError', 'must be str or None, not int', ('must be str or None, not int',)) True
# expect: 'a b'.split('') ('ValueError', 'empty separator', ('empty separator',)) True
# expect: 'a b'.rsplit(1) ('TypeError', 'must be str or None, not int', ('must be str or None, not int',)) True
# expect: b'a b'.split('x') ('TypeError', "a bytes-like object is required, not 'str'", ("a bytes-like object is required, not 'str'",)) True
# expect: b'a b'.split(b'') ('ValueError', 'empty separator', ('empty separator',)) True
# expect: 'a,b'.split(',', 'x') ('TypeError', "'str' object cannot be interpreted as an integer", ("'str' object cannot be interpreted as an integer",)) True
# expect: 'a,b'.split(1, 'x') ('TypeError', "'str' object cannot be interpreted as an integer", ("'str' object cannot be interpreted as an integer",)) True
# expect: 'a b c'.split(None, 1) ok ('ok', ['a', 'b c']) True
# expect: isinstance(1, 2) ('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union', ('isinstance() arg 2 must be a type, a tuple of types, or a union',)) True
# expect: isinstance(1, 'int') ('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union', ('isinstance() arg 2 must be a type, a tuple of types, or a union',)) True
# expect: isinstance(1, (str, 2)) ('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union', ('isinstance() arg 2 must be a type, a tuple of types, or a union',)) True
# expect: isinstance(1, None) ('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union', ('isinstance() arg 2 must be a type, a tuple of types, or a union',)) True
# expect: isinstance(1, (int, 2)) ok ('ok', True) True
# expect: a, b = 5 ('TypeError', 'cannot unpack non-iterable int object', ('cannot unpack non-iterable int object',)) True
# expect: a, b = None ('TypeError', 'cannot unpack non-iterable NoneType object', ('cannot unpack non-iterable NoneType object',)) True
# expect: a, b = 2.5 ('TypeError', 'cannot unpack non-iterable float object', ('cannot unpack non-iterable float object',)) True
# expect: a, b = True ('TypeError', 'cannot unpack non-iterable bool object', ('cannot unpack non-iterable bool object',)) True
# expect: a, b = 'xy' ok ('ok', ('x', 'y')) True
# expect: '%d' % 'x' ('TypeError', '%d format: a real number is required, not str', ('%d format: a real number is required, not str',)) True
# expect: '%i' % None ('TypeError', '%i format: a real number is required, not NoneType', ('%i format: a real number is required, not NoneType',)) True
# expect: '%u' % [] ('TypeError', '%u format: a real number is required, not list', ('%u format: a real number is required, not list',)) True
# expect: '%x' % 1.5 ('TypeError', '%x format: an integer is required, not float', ('%x format: an integer is required, not float',)) True
# expect: '%o' % 2.0 ('TypeError', '%o format: an integer is required, not float', ('%o format: an integer is required, not float',)) True
# expect: '%X' % None ('TypeError', '%X format: an integer is required, not NoneType', ('%X format: an integer is required, not NoneType',)) True
# expect: '%5.2f' % 'x' ('TypeError', 'must be real number, not str', ('must be real number, not str',)) True
# expect: '%e' % None ('TypeError', 'must be real number, not NoneType', ('must be real number, not NoneType',)) True
# expect: '%g' % [] ('TypeError', 'must be real number, not list', ('must be real number, not list',)) True
# expect: '%(a)d' % {'a': 'x'} ('TypeError', '%d format: a real number is required, not str', ('%d format: a real number is required, not str',)) True
# expect: '%s %d' % ('a', 'b') ('TypeError', '%d format: a real number is required, not str', ('%d format: a real number is required, not str',)) True
# expect: '%d %d' % ('a',) ('TypeError', '%d format: a real number is required, not str', ('%d format: a real number is required, not str',)) True
# expect: '%d' % Proxy() ('TypeError', '%d format: a real number is required, not Proxy', ('%d format: a real number is required, not Proxy',)) True
# expect: '%d' % E() ('TypeError', '%d format: a real number is required, not E', ('%d format: a real number is required, not E',)) True
# expect: '%x' % True ok ('ok', '1') True
# expect: '%5.1f|%-4d' % (2.25, 7) ok ('ok', '  2.2|7   ') True
# expect: E('bad') ('E', 'bad', ('bad',)) True
# expect: F('x') ('F', 'x', ('x',)) True
# expect: F('x', 3).n ('ok', 3) True
# expect: G('g') ('G', 'g', ('g',)) True
# expect: F() ('TypeError', "B.__init__() missing 1 required positional argument: 'm'", ("B.__init__() missing 1 required positional argument: 'm'",)) True
# expect: p.missing AttributeError KeyError('first')
# expect: p.real ok no error
# expect: getattr(p, 'x', 7) no error
# expect: hasattr(p, 'x') no error
# expect: chr(-1) ValueError KeyError('first')
# expect: b'\xff'.decode() UnicodeDecodeError KeyError('first')
# expect: b'\xff'.decode('ascii') UnicodeDecodeError KeyError('first')
# expect: b'\x80abc'.decode('ascii') UnicodeDecodeError KeyError('first')
# expect: int('5', 99) ValueError KeyError('first')
# expect: int(base=10) TypeError KeyError('first')
# expect: divmod(1.5, 0) ZeroDivisionError KeyError('first')
# expect: divmod(2**70, 0) ZeroDivisionError KeyError('first')
# expect: abs('x') TypeError KeyError('first')
# expect: ord('ab') TypeError KeyError('first')
# expect: ord(5) TypeError KeyError('first')
# expect: l[1.5] TypeError KeyError('first')
# expect: l[True] ok no error
# expect: s[::0] ValueError KeyError('first')
# expect: range(3)[::0] ValueError KeyError('first')
# expect: +'x' TypeError KeyError('first')
# expect: ~1.5 TypeError KeyError('first')
# expect: 'a' * None TypeError KeyError('first')
# expect: 2.5 * 'a' TypeError KeyError('first')
# expect: sum(['a']) TypeError KeyError('first')
# expect: sum(gen of 'a') TypeError KeyError('first')
# expect: round('x') TypeError KeyError('first')
# expect: 'a b'.split(1) TypeError KeyError('first')
# expect: b'a b'.split('x') TypeError KeyError('first')
# expect: 'a,b'.split(1, 'x') TypeError KeyError('first')
# expect: isinstance(1, 'int') TypeError KeyError('first')
# expect: isinstance(1, (int, 2)) ok no error
# expect: a, b = 2.5 TypeError KeyError('first')
# expect: '%d' % 'x' TypeError KeyError('first')
# expect: '%x' % 1.5 TypeError KeyError('first')
# expect: '%5.2f' % 'x' TypeError KeyError('first')
# expect: '%(a)d' % {'a': 'x'} TypeError KeyError('first')
# expect: '%d' % Proxy() TypeError KeyError('first')
# expect: '%5.1f|%-4d' % (2.25, 7) ok no error
# expect: F('x', 3).n no error
# expect: p.key KeyError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('71', '<lambda>'), ('23', '__getattr__')]
# expect: p.deep AttributeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('74', '<lambda>'), ('27', '__getattr__'), ('28', '__getattr__')]
# expect: getattr(p, 'key', 7) KeyError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('77', '<lambda>'), ('23', '__getattr__')]
# expect: chr(0x110000) ValueError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('83', '<lambda>')]
# expect: b'a\xc3'.decode() UnicodeDecodeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('86', '<lambda>')]
# expect: str(b'\xffab', 'utf-8') UnicodeDecodeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('89', '<lambda>')]
# expect: int('5', 1) ValueError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('95', '<lambda>')]
# expect: divmod(1, 0.0) ZeroDivisionError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('101', '<lambda>')]
# expect: divmod('a', 1) TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('104', '<lambda>')]
# expect: abs(None) TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('107', '<lambda>')]
# expect: ord('') TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('110', '<lambda>')]
# expect: l[None] TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('116', '<lambda>')]
# expect: l[0:1:0] ValueError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('119', '<lambda>')]
# expect: b'ab'[::0] ValueError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('122', '<lambda>')]
# expect: ~'x' TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('128', '<lambda>')]
# expect: 'a' * 2.5 TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('134', '<lambda>')]
# expect: [1] * 'a' TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('137', '<lambda>')]
# expect: sum([1, 'a']) TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('140', '<lambda>')]
# expect: sum(iter(['a'])) TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('143', '<lambda>')]
# expect: round(None, 2) TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('146', '<lambda>')]
# expect: 'a b'.split('') ValueError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('149', '<lambda>')]
# expect: b'a b'.split(b'') ValueError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('152', '<lambda>')]
# expect: isinstance(1, (str, 2)) TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('158', '<lambda>')]
# expect: a, b = 5 TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('161', '<lambda>'), ('58', 'unpack')]
# expect: a, b = True TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('164', '<lambda>'), ('58', 'unpack')]
# expect: '%i' % None TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('167', '<lambda>')]
# expect: '%o' % 2.0 TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('170', '<lambda>')]
# expect: '%e' % None TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('173', '<lambda>')]
# expect: '%s %d' % ('a', 'b') TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('176', '<lambda>')]
# expect: '%d' % E() TypeError [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('179', '<lambda>')]
# expect: E('bad') E [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('182', '<lambda>'), ('54', 'raise_')]
# expect: G('g') G [('237', '<module>'), ('228', 'outer'), ('232', 'inner'), ('185', '<lambda>'), ('54', 'raise_')]
# expect: [('ok', 42), ('AttributeError', 'no x', ('no x',)), ('ok', 42), ('KeyError', "'key'", ('key',)), ('ok', 'é'), ('UnicodeDecodeError', "'utf-8' codec can't decode byte 0xe0 in position 2: invalid continuation byte"), ('UnicodeDecodeError', "'utf-8' codec can't decode bytes in position 11-12: unexpected end of data"), ('ok', 'café'), ('TypeError', "int() can't convert non-string with explicit base", ("int() can't convert non-string with explicit base",)), ('ZeroDivisionError', 'integer division or modulo by zero', ('integer division or modulo by zero',)), ('ZeroDivisionError', 'integer division or modulo by zero', ('integer division or modulo by zero',)), ('ok', (-4, -1)), ('ok', 3), ('TypeError', 'ord() expected a character, but string of length 2 found', ('ord() expected a character, but string of length 2 found',)), ('TypeError', 'list indices must be integers or slices, not str', ('list indices must be integers or slices, not str',)), ('TypeError', 'tuple indices must be integers or slices, not str', ('tuple indices must be integers or slices, not str',)), ('ValueError', 'slice step cannot be zero', ('slice step cannot be zero',)), ('ValueError', 'slice step cannot be zero', ('slice step cannot be zero',)), ('TypeError', "bad operand type for unary -: 'str'", ("bad operand type for unary -: 'str'",)), ('TypeError', "bad operand type for unary -: 'NoneType'", ("bad operand type for unary -: 'NoneType'",)), ('TypeError', "can't multiply sequence by non-int of type 'str'", ("can't multiply sequence by non-int of type 'str'",)), ('TypeError', "can't multiply sequence by non-int of type 'NoneType'", ("can't multiply sequence by non-int of type 'NoneType'",)), ('ok', 'abcabc'), ('TypeError', "unsupported operand type(s) for +: 'float' and 'NoneType'", ("unsupported operand type(s) for +: 'float' and 'NoneType'",)), ('ok', 6.5), ('ok', 2), ('TypeError', 'must be str or None, not int', ('must be str or None, not int',)), ('TypeError', "'str' object cannot be interpreted as an integer", ("'str' object cannot be interpreted as an integer",)), ('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union', ('isinstance() arg 2 must be a type, a tuple of types, or a union',)), ('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union', ('isinstance() arg 2 must be a type, a tuple of types, or a union',)), ('TypeError', 'cannot unpack non-iterable NoneType object', ('cannot unpack non-iterable NoneType object',)), ('ok', ('x', 'y')), ('TypeError', '%u format: a real number is required, not list', ('%u format: a real number is required, not list',)), ('TypeError', '%X format: an integer is required, not NoneType', ('%X format: an integer is required, not NoneType',)), ('TypeError', 'must be real number, not list', ('must be real number, not list',)), ('TypeError', '%d format: a real number is required, not str', ('%d format: a real number is required, not str',)), ('ok', '1'), ('F', 'x', ('x',)), ('TypeError', "B.__init__() missing 1 required positional argument: 'm'", ("B.__init__() missing 1 required positional argument: 'm'",))]
# expect: bad ('bad',)
# expect: bad ('bad',)
# expect: bad ('bad',)
# expect: ('patched', 'bad') ('patched', 'bad')
# expect: mixed ('mixed',)
# expect: g2 ('g2',)
# expect: B:f ('B:f',)
# expect: 4 True 117
# expect: ['ab']
# expect: AttributeError ab1
# expect: AttributeError ab1
# expect: False dflt
# expect: AttributeError ('ab',)
# expect: AttributeError ('ab',)
# expect: False dflt
# expect: AttributeError wab
# expect: AttributeError wab
# expect: False dflt
# expect: done
# expect: done
# expect: True done
# expect: RecursionError
