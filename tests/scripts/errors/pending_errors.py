# Errors raised without a C++ throw (binding errors, a slot-less attribute store, unhashable
# keys, len()/iter() of a number, calling a non-callable), each caught in a loop with CPython's
# type, message, __context__ and traceback lines; in nested functions and generators too.
# args: --gil newgil
# args: --gil nogil
import re
import traceback


def frames(e):  # (inside the except clause)
    text = traceback.format_exc()
    return re.findall(r"line (\d+), in (\S+)", text)


class S:
    __slots__ = ("a",)


class SubS(S):
    __slots__ = ("b",)


class WithProp:
    __slots__ = ("_x",)

    @property
    def x(self):
        return 1


def g(a):
    return a


def h(a, b, c=3, *, k):
    return a + b + c + k


def po(a, /, b):
    return a + b


class C:
    def __init__(self, v):
        self.v = v

    def m(self, x):
        return x


def cases():
    s = S()
    d = {}
    st = set()
    five = 5
    none = None
    c = C(1)
    return [
        ("slot store", lambda: setattr_stmt(s)),
        ("slot store sub", lambda: setattr_sub(SubS())),
        ("slot store ok", lambda: setattr_ok(SubS())),
        ("slot property", lambda: setattr_prop(WithProp())),
        ("slot __dict__", lambda: setattr_dict(s)),
        ("g(1, 2)", lambda: g(1, 2)),
        ("g()", lambda: g()),
        ("g(b=1)", lambda: g(b=1)),
        ("g(1, a=1)", lambda: g(1, a=1)),
        ("h(1)", lambda: h(1)),
        ("h(1, 2)", lambda: h(1, 2)),
        ("h(1, 2, 3, 4, k=1)", lambda: h(1, 2, 3, 4, k=1)),
        ("h(1, 2, z=1, k=1)", lambda: h(1, 2, z=1, k=1)),
        ("po(a=1, b=2)", lambda: po(a=1, b=2)),
        ("C()", lambda: C()),
        ("C(1, 2)", lambda: C(1, 2)),
        ("C(w=1)", lambda: C(w=1)),
        ("c.m()", lambda: c.m()),
        ("c.m(1, 2, 3)", lambda: c.m(1, 2, 3)),
        ("C.m(c)", lambda: C.m(c)),
        ("d[[1]] = 2", lambda: store(d, [1])),
        ("d[{}] = 2", lambda: store(d, {})),
        ("d[{1}] = 2", lambda: store(d, {1})),
        ("d[bytearray()]", lambda: d[bytearray(b"x")]),
        ("d[frozenset()] ok", lambda: store(d, frozenset({1}))),
        ("[1] in st", lambda: [1] in st),
        ("[1] not in st", lambda: [1] not in st),
        ("{1} in st ok", lambda: {1} in st),
        ("{1} in d", lambda: {1} in d),
        ("[1] in d", lambda: [1] in d),
        ("[1] in list ok", lambda: [1] in [[1]]),
        ("{[1]}", lambda: {[1]}),
        ("{1, [1]}", lambda: {1, [1]}),
        ("set comp", lambda: {x for x in [(1,), [2]]}),
        ("hash([1])", lambda: hash([1])),
        ("hash({})", lambda: hash({})),
        ("hash(frozenset()) ok", lambda: hash(frozenset()) == hash(frozenset())),
        ("d.get([1])", lambda: d.get([1])),
        ("st.add([1])", lambda: st.add([1])),
        ("st.add({1})", lambda: st.add({1})),
        ("len(5)", lambda: len(five)),
        ("len(None)", lambda: len(none)),
        ("len(1.5)", lambda: len(1.5)),
        ("len(True)", lambda: len(True)),
        ("len(g)", lambda: len(g)),
        ("five()", lambda: five()),
        ("none()", lambda: none(1)),
        ("'s'()", lambda: "s"()),
        ("[]()", lambda: [](1, k=2)),
        ("iter(5)", lambda: iter(five)),
        ("iter(None)", lambda: iter(none)),
        ("iter(2.5)", lambda: iter(2.5)),
        ("for in 5", lambda: [x for x in five]),
        ("for in None", lambda: loop(none)),
        ("for in g", lambda: loop(g)),
        ("1 < 'a'", lambda: five < "a"),
        ("'a' >= 1", lambda: "a" >= five),
        ("None < None", lambda: none < none),
        ("None > 1", lambda: none > 1),
        ("1.5 <= None", lambda: 1.5 <= none),
        ("True < 'x'", lambda: True < "x"),
        ("big < 's'", lambda: 2**100 < "s"),
        ("b'' < ''", lambda: b"" < ""),
        ("1 == 'a' ok", lambda: five == "a"),
        ("None != 1 ok", lambda: none != 1),
        ("if 1 < 'a'", lambda: compare_jump(five, "a")),
        ("if None >= 2", lambda: compare_jump(none, 2)),
        ("if 'a' < 'b' ok", lambda: compare_jump("a", "b")),
        ("None[0]", lambda: none[0]),
        ("5[0]", lambda: five[0]),
        ("1.5[1]", lambda: (1.5,)[0][1]),
        ("True['k']", lambda: (True,)[0]["k"]),
        ("int(None)", lambda: int(none)),
        ("int([])", lambda: int([])),
        ("float(None)", lambda: float(none)),
        ("float(())", lambda: float(())),
        ("min([])", lambda: min([])),
        ("max(())", lambda: max(())),
        ("max([], default=0) ok", lambda: max([], default=0)),
        ("min(iter([]))", lambda: min(iter([]))),
        ("min([], key=abs)", lambda: min([], key=abs)),
        ("1.5 * None", lambda: 1.5 * none),
        ("None * 2", lambda: none * 2),
        ("None * None", lambda: none * none),
        ("True * None", lambda: True * none),
        ("'a' * None", lambda: "a" * none),
        ("None * 'a'", lambda: none * "a"),
        ("2 * 'ab' ok", lambda: 2 * "ab"),
        ("E('x', 1)", lambda: raise_(E("x", 1))),
        ("E2(3)", lambda: raise_(E2(3))),
        ("ValueError('a', 2)", lambda: raise_(ValueError("a", 2))),
        ("KeyError()", lambda: raise_(KeyError())),
    ]


class E(Exception):
    pass


class E2(Exception):
    def __init__(self, n):
        super().__init__("n=" + str(n))
        self.n = n


def raise_(e):
    raise e


def compare_jump(a, b):
    if a < b:
        return "less"
    if a >= b:
        return "not less"
    return "neither"


def setattr_stmt(o):
    o.b = 1


def setattr_sub(o):
    o.c = 2


def setattr_ok(o):
    o.a = 1
    o.b = 2
    return o.a + o.b


def setattr_prop(o):
    o.x = 5


def setattr_dict(o):
    o.__dict__ = {}


def store(d, k):
    d[k] = 2
    return len(d)


def loop(it):
    total = 0
    for x in it:
        total += x
    return total


def run_all():
    for label, f in cases():
        seen = []
        for i in range(3):
            try:
                r = f()
                seen.append(("ok", r))
            except Exception as e:
                seen.append((type(e).__name__, str(e), e.args))
        print(label, seen[0], seen.count(seen[0]) == 3)


run_all()


# Raised inside an except block: __context__ is the one handled.
def in_handler(f):
    try:
        raise KeyError("first")
    except KeyError:
        f()


for label, f in cases()[:: 5]:
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


for label, f in cases()[::4]:
    try:
        outer(f)
    except Exception as e:
        print(label, type(e).__name__, frames(e))


# In a generator, caught inside it and outside it.
def gen(fs):
    for f in fs:
        try:
            yield f()
        except (TypeError, AttributeError) as e:
            yield "caught " + type(e).__name__


print(list(gen([f for _, f in cases()[:12]])))


def gen_raising():
    yield 1
    len(5)


try:
    for v in gen_raising():
        print("got", v)
except TypeError as e:
    print("gen raised", e, frames(e))


# A closure, and a recursion that fails at the bottom (a module-level function: a closure that
# calls itself through its cell is a reference cycle, which gilvm, with no cycle collector,
# leaks, and the sanitizer builds report).
def down(k):
    if k == 0:
        return g(1, 2)
    return down(k - 1)


def make(n):
    def rec(k):
        return down(k)

    return rec


for depth in (0, 2):
    try:
        make(depth)(depth)
    except TypeError as e:
        print("depth", depth, e, frames(e))

# Many in a row: nothing leaks between them.
n = 0
for i in range(2000):
    try:
        if i % 3 == 0:
            g(i, i)
        elif i % 3 == 1:
            {}[[i]] = i
        else:
            S().z = i
    except (TypeError, AttributeError):
        n += 1
print("caught", n)

# expect: slot store ('AttributeError', "'S' object has no attribute 'b'", ("'S' object has no attribute 'b'",)) True
# expect: slot store sub ('AttributeError', "'SubS' object has no attribute 'c'", ("'SubS' object has no attribute 'c'",)) True
# expect: slot store ok ('ok', 3) True
# expect: slot property ('AttributeError', "property 'x' of 'WithProp' object has no setter", ("property 'x' of 'WithProp' object has no setter",)) True
# expect: slot __dict__ ('AttributeError', "'S' object has no attribute '__dict__'", ("'S' object has no attribute '__dict__'",)) True
# expect: g(1, 2) ('TypeError', 'g() takes 1 positional argument but 2 were given', ('g() takes 1 positional argument but 2 were given',)) True
# expect: g() ('TypeError', "g() missing 1 required positional argument: 'a'", ("g() missing 1 required positional argument: 'a'",)) True
# expect: g(b=1) ('TypeError', "g() got an unexpected keyword argument 'b'", ("g() got an unexpected keyword argument 'b'",)) True
# expect: g(1, a=1) ('TypeError', "g() got multiple values for argument 'a'", ("g() got multiple values for argument 'a'",)) True
# expect: h(1) ('TypeError', "h() missing 1 required positional argument: 'b'", ("h() missing 1 required positional argument: 'b'",)) True
# expect: h(1, 2) ('TypeError', "h() missing 1 required keyword-only argument: 'k'", ("h() missing 1 required keyword-only argument: 'k'",)) True
# expect: h(1, 2, 3, 4, k=1) ('TypeError', 'h() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given', ('h() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given',)) True
# expect: h(1, 2, z=1, k=1) ('TypeError', "h() got an unexpected keyword argument 'z'", ("h() got an unexpected keyword argument 'z'",)) True
# expect: po(a=1, b=2) ('TypeError', "po() got some positional-only arguments passed as keyword arguments: 'a'", ("po() got some positional-only arguments passed as keyword arguments: 'a'",)) True
# expect: C() ('TypeError', "C.__init__() missing 1 required positional argument: 'v'", ("C.__init__() missing 1 required positional argument: 'v'",)) True
# expect: C(1, 2) ('TypeError', 'C.__init__() takes 2 positional arguments but 3 were given', ('C.__init__() takes 2 positional arguments but 3 were given',)) True
# expect: C(w=1) ('TypeError', "C.__init__() got an unexpected keyword argument 'w'", ("C.__init__() got an unexpected keyword argument 'w'",)) True
# expect: c.m() ('TypeError', "C.m() missing 1 required positional argument: 'x'", ("C.m() missing 1 required positional argument: 'x'",)) True
# expect: c.m(1, 2, 3) ('TypeError', 'C.m() takes 2 positional arguments but 4 were given', ('C.m() takes 2 positional arguments but 4 were given',)) True
# expect: C.m(c) ('TypeError', "C.m() missing 1 required positional argument: 'x'", ("C.m() missing 1 required positional argument: 'x'",)) True
# expect: d[[1]] = 2 ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: d[{}] = 2 ('TypeError', "unhashable type: 'dict'", ("unhashable type: 'dict'",)) True
# expect: d[{1}] = 2 ('TypeError', "unhashable type: 'set'", ("unhashable type: 'set'",)) True
# expect: d[bytearray()] ('TypeError', "unhashable type: 'bytearray'", ("unhashable type: 'bytearray'",)) True
# expect: d[frozenset()] ok ('ok', 1) True
# expect: [1] in st ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: [1] not in st ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: {1} in st ok ('ok', False) True
# expect: {1} in d ('TypeError', "unhashable type: 'set'", ("unhashable type: 'set'",)) True
# expect: [1] in d ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: [1] in list ok ('ok', True) True
# expect: {[1]} ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: {1, [1]} ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: set comp ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: hash([1]) ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: hash({}) ('TypeError', "unhashable type: 'dict'", ("unhashable type: 'dict'",)) True
# expect: hash(frozenset()) ok ('ok', True) True
# expect: d.get([1]) ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: st.add([1]) ('TypeError', "unhashable type: 'list'", ("unhashable type: 'list'",)) True
# expect: st.add({1}) ('TypeError', "unhashable type: 'set'", ("unhashable type: 'set'",)) True
# expect: len(5) ('TypeError', "object of type 'int' has no len()", ("object of type 'int' has no len()",)) True
# expect: len(None) ('TypeError', "object of type 'NoneType' has no len()", ("object of type 'NoneType' has no len()",)) True
# expect: len(1.5) ('TypeError', "object of type 'float' has no len()", ("object of type 'float' has no len()",)) True
# expect: len(True) ('TypeError', "object of type 'bool' has no len()", ("object of type 'bool' has no len()",)) True
# expect: len(g) ('TypeError', "object of type 'function' has no len()", ("object of type 'function' has no len()",)) True
# expect: five() ('TypeError', "'int' object is not callable", ("'int' object is not callable",)) True
# expect: none() ('TypeError', "'NoneType' object is not callable", ("'NoneType' object is not callable",)) True
# expect: 's'() ('TypeError', "'str' object is not callable", ("'str' object is not callable",)) True
# expect: []() ('TypeError', "'list' object is not callable", ("'list' object is not callable",)) True
# expect: iter(5) ('TypeError', "'int' object is not iterable", ("'int' object is not iterable",)) True
# expect: iter(None) ('TypeError', "'NoneType' object is not iterable", ("'NoneType' object is not iterable",)) True
# expect: iter(2.5) ('TypeError', "'float' object is not iterable", ("'float' object is not iterable",)) True
# expect: for in 5 ('TypeError', "'int' object is not iterable", ("'int' object is not iterable",)) True
# expect: for in None ('TypeError', "'NoneType' object is not iterable", ("'NoneType' object is not iterable",)) True
# expect: for in g ('TypeError', "'function' object is not iterable", ("'function' object is not iterable",)) True
# expect: 1 < 'a' ('TypeError', "'<' not supported between instances of 'int' and 'str'", ("'<' not supported between instances of 'int' and 'str'",)) True
# expect: 'a' >= 1 ('TypeError', "'>=' not supported between instances of 'str' and 'int'", ("'>=' not supported between instances of 'str' and 'int'",)) True
# expect: None < None ('TypeError', "'<' not supported between instances of 'NoneType' and 'NoneType'", ("'<' not supported between instances of 'NoneType' and 'NoneType'",)) True
# expect: None > 1 ('TypeError', "'>' not supported between instances of 'NoneType' and 'int'", ("'>' not supported between instances of 'NoneType' and 'int'",)) True
# expect: 1.5 <= None ('TypeError', "'<=' not supported between instances of 'float' and 'NoneType'", ("'<=' not supported between instances of 'float' and 'NoneType'",)) True
# expect: True < 'x' ('TypeError', "'<' not supported between instances of 'bool' and 'str'", ("'<' not supported between instances of 'bool' and 'str'",)) True
# expect: big < 's' ('TypeError', "'<' not supported between instances of 'int' and 'str'", ("'<' not supported between instances of 'int' and 'str'",)) True
# expect: b'' < '' ('TypeError', "'<' not supported between instances of 'bytes' and 'str'", ("'<' not supported between instances of 'bytes' and 'str'",)) True
# expect: 1 == 'a' ok ('ok', False) True
# expect: None != 1 ok ('ok', True) True
# expect: if 1 < 'a' ('TypeError', "'<' not supported between instances of 'int' and 'str'", ("'<' not supported between instances of 'int' and 'str'",)) True
# expect: if None >= 2 ('TypeError', "'<' not supported between instances of 'NoneType' and 'int'", ("'<' not supported between instances of 'NoneType' and 'int'",)) True
# expect: if 'a' < 'b' ok ('ok', 'less') True
# expect: None[0] ('TypeError', "'NoneType' object is not subscriptable", ("'NoneType' object is not subscriptable",)) True
# expect: 5[0] ('TypeError', "'int' object is not subscriptable", ("'int' object is not subscriptable",)) True
# expect: 1.5[1] ('TypeError', "'float' object is not subscriptable", ("'float' object is not subscriptable",)) True
# expect: True['k'] ('TypeError', "'bool' object is not subscriptable", ("'bool' object is not subscriptable",)) True
# expect: int(None) ('TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'", ("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",)) True
# expect: int([]) ('TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'list'", ("int() argument must be a string, a bytes-like object or a real number, not 'list'",)) True
# expect: float(None) ('TypeError', "float() argument must be a string or a real number, not 'NoneType'", ("float() argument must be a string or a real number, not 'NoneType'",)) True
# expect: float(()) ('TypeError', "float() argument must be a string or a real number, not 'tuple'", ("float() argument must be a string or a real number, not 'tuple'",)) True
# expect: min([]) ('ValueError', 'min() arg is an empty sequence', ('min() arg is an empty sequence',)) True
# expect: max(()) ('ValueError', 'max() arg is an empty sequence', ('max() arg is an empty sequence',)) True
# expect: max([], default=0) ok ('ok', 0) True
# expect: min(iter([])) ('ValueError', 'min() arg is an empty sequence', ('min() arg is an empty sequence',)) True
# expect: min([], key=abs) ('ValueError', 'min() arg is an empty sequence', ('min() arg is an empty sequence',)) True
# expect: 1.5 * None ('TypeError', "unsupported operand type(s) for *: 'float' and 'NoneType'", ("unsupported operand type(s) for *: 'float' and 'NoneType'",)) True
# expect: None * 2 ('TypeError', "unsupported operand type(s) for *: 'NoneType' and 'int'", ("unsupported operand type(s) for *: 'NoneType' and 'int'",)) True
# expect: None * None ('TypeError', "unsupported operand type(s) for *: 'NoneType' and 'NoneType'", ("unsupported operand type(s) for *: 'NoneType' and 'NoneType'",)) True
# expect: True * None ('TypeError', "unsupported operand type(s) for *: 'bool' and 'NoneType'", ("unsupported operand type(s) for *: 'bool' and 'NoneType'",)) True
# expect: 'a' * None ('TypeError', "can't multiply sequence by non-int of type 'NoneType'", ("can't multiply sequence by non-int of type 'NoneType'",)) True
# expect: None * 'a' ('TypeError', "can't multiply sequence by non-int of type 'NoneType'", ("can't multiply sequence by non-int of type 'NoneType'",)) True
# expect: 2 * 'ab' ok ('ok', 'abab') True
# expect: E('x', 1) ('E', "('x', 1)", ('x', 1)) True
# expect: E2(3) ('E2', 'n=3', ('n=3',)) True
# expect: ValueError('a', 2) ('ValueError', "('a', 2)", ('a', 2)) True
# expect: KeyError() ('KeyError', '', ()) True
# expect: slot store AttributeError KeyError('first')
# expect: g(1, 2) TypeError KeyError('first')
# expect: h(1, 2) TypeError KeyError('first')
# expect: C(1, 2) TypeError KeyError('first')
# expect: d[[1]] = 2 TypeError KeyError('first')
# expect: [1] in st TypeError KeyError('first')
# expect: [1] in list ok no error
# expect: hash({}) TypeError KeyError('first')
# expect: len(5) TypeError KeyError('first')
# expect: five() TypeError KeyError('first')
# expect: iter(None) TypeError KeyError('first')
# expect: 1 < 'a' TypeError KeyError('first')
# expect: True < 'x' TypeError KeyError('first')
# expect: if 1 < 'a' TypeError KeyError('first')
# expect: 1.5[1] TypeError KeyError('first')
# expect: float(()) TypeError KeyError('first')
# expect: min([], key=abs) ValueError KeyError('first')
# expect: 'a' * None TypeError KeyError('first')
# expect: ValueError('a', 2) ValueError KeyError('first')
# expect: slot store AttributeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('59', '<lambda>'), ('177', 'setattr_stmt')]
# expect: slot __dict__ AttributeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('63', '<lambda>'), ('195', 'setattr_dict')]
# expect: g(1, a=1) TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('67', '<lambda>')]
# expect: h(1, 2, z=1, k=1) TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('71', '<lambda>')]
# expect: C(w=1) TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('75', '<lambda>')]
# expect: d[[1]] = 2 TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('79', '<lambda>'), ('199', 'store')]
# expect: {1} in d TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('87', '<lambda>')]
# expect: {1, [1]} TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('91', '<lambda>')]
# expect: len(5) TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('99', '<lambda>')]
# expect: len(g) TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('103', '<lambda>')]
# expect: []() TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('107', '<lambda>')]
# expect: for in 5 TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('111', '<lambda>')]
# expect: 'a' >= 1 TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('115', '<lambda>')]
# expect: True < 'x' TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('119', '<lambda>')]
# expect: None[0] TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('127', '<lambda>')]
# expect: int(None) TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('131', '<lambda>')]
# expect: min([]) ValueError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('135', '<lambda>')]
# expect: min([], key=abs) ValueError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('139', '<lambda>')]
# expect: True * None TypeError [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('143', '<lambda>')]
# expect: E('x', 1) E [('252', '<module>'), ('243', 'outer'), ('247', 'inner'), ('147', '<lambda>'), ('165', 'raise_')]
# expect: ['caught AttributeError', 'caught AttributeError', 3, 'caught AttributeError', 'caught AttributeError', 'caught TypeError', 'caught TypeError', 'caught TypeError', 'caught TypeError', 'caught TypeError', 'caught TypeError', 'caught TypeError']
# expect: got 1
# expect: gen raised object of type 'int' has no len() [('275', '<module>'), ('271', 'gen_raising')]
# expect: depth 0 g() takes 1 positional argument but 2 were given [('299', '<module>'), ('292', 'rec'), ('286', 'down')]
# expect: depth 2 g() takes 1 positional argument but 2 were given [('299', '<module>'), ('292', 'rec'), ('287', 'down'), ('287', 'down'), ('286', 'down')]
# expect: caught 2000
