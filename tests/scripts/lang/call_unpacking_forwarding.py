# f(*args, **kwargs): a lone *x or **x is passed as it is (no list or dict of the call's own),
# any iterable and any mapping with keys(); the errors and the evaluation order as CPython 3.11's.
# args: --gil newgil
# args: --gil nogil
from collections import OrderedDict, defaultdict, Counter
def f(*a, **k): return a, sorted(k.items())
def g(a, b=2, *, c=3): return a, b, c
print(f(*[1, 2]), f(*(3,)), f(*range(3)), f(*"ab"), f(*{5: 6}))
print(f(**{"x": 1}), f(*[], **{}), f(1, *[2], 3, **{"y": 1}, z=2))
print(g(*[1], **{"c": 9}), g(**{"a": 1, "b": 5}))
def gen():
    yield 1; yield 2
print(f(*gen()), g(*gen()))
l = [1, 2]
def mut(*a):
    l.append(3)
    return a
print(mut(*l), l)
d = {"a": 1}
def mutd(**k):
    d["b"] = 2
    return k
print(mutd(**d), d)
print(dict(**{"p": 1}), dict([(1, 2)], **{"q": 3}))
class M:
    def keys(self): return ["a"]
    def __getitem__(self, k): return 7
for name, bad in [('f(*1)', lambda: f(*1)), ('f(**1)', lambda: f(**1)), ('f(**None)', lambda: f(**None)), ('f(*None)', lambda: f(*None)), ('g(**{1: 2})', lambda: g(**{1: 2})), ("g(*[1], **{'a': 2})", lambda: g(*[1], **{'a': 2})), ("f(**{'a': 1}, **{'a': 2})", lambda: f(**{'a': 1}, **{'a': 2})), ("f(a=1, **{'a': 2})", lambda: f(a=1, **{'a': 2})), ('g(**M())', lambda: g(**M())), ("f(*[1], **{'a': 1}, a=2)", lambda: f(*[1], **{'a': 1}, a=2)), ('print(*1)', lambda: print(*1)), ('len(*[1, 2])', lambda: len(*[1, 2])), ('g(*[1,2,3,4])', lambda: g(*[1,2,3,4])), ("g(**{'zz': 1})", lambda: g(**{'zz': 1})), ("f(**{'a': 1, 2: 3})", lambda: f(**{'a': 1, 2: 3}))]:
    try:
        print(name, bad())
    except Exception as e:
        print(name, type(e).__name__, e)
class C:
    def m(self, *a, **k): return len(a), k
print(C().m(*[1, 2], **{"k": 1}), C.m(*[C(), 5]))
def fwd(*a, **k): return g(*a, **k)
print(fwd(1), fwd(1, 2), fwd(1, c=5), fwd(a=0))
print(max(*[3, 9, 2]), max(*[[3, 1]], key=lambda x: -x), "-".join(*[["a", "b"]]))
print(f(*[i for i in range(15)], **{str(i): i for i in range(14)}))
def f(*a, **k): return a, k
D = dict
class M:
    def keys(self): return iter(["b", "a"])
    def __getitem__(self, k): return k * 2
class Bad:
    def keys(self): raise ValueError("no keys")
class Miss:
    def keys(self): return ["q"]
    def __getitem__(self, k): raise KeyError(k)
print(f(**D(x=1)), f(**OrderedDict(y=2)), f(**defaultdict(int, z=3)), f(**M()), f(1, **M(), c=1))
for name, fn in [("bad", lambda: f(**Bad())), ("miss", lambda: f(**Miss())), ("dup", lambda: f(**M(), a=1)),
                 ("intkey", lambda: f(**D({1: 2}))), ("tuple", lambda: f(*(1, 2), **(3,)))]:
    try:
        print(name, fn())
    except Exception as e:
        print(name, type(e).__name__, e)
class It:
    def __iter__(self): return iter([4, 5])
print(f(*It()), f(*It(), *It()), f(0, *It()))
# expect: ((1, 2), []) ((3,), []) ((0, 1, 2), []) (('a', 'b'), []) ((5,), [])
# expect: ((), [('x', 1)]) ((), []) ((1, 2, 3), [('y', 1), ('z', 2)])
# expect: (1, 2, 9) (1, 5, 3)
# expect: ((1, 2), []) (1, 2, 3)
# expect: (1, 2) [1, 2, 3]
# expect: {'a': 1} {'a': 1, 'b': 2}
# expect: {'p': 1} {1: 2, 'q': 3}
# expect: f(*1) TypeError __main__.f() argument after * must be an iterable, not int
# expect: f(**1) TypeError __main__.f() argument after ** must be a mapping, not int
# expect: f(**None) TypeError __main__.f() argument after ** must be a mapping, not NoneType
# expect: f(*None) TypeError __main__.f() argument after * must be an iterable, not NoneType
# expect: g(**{1: 2}) TypeError keywords must be strings
# expect: g(*[1], **{'a': 2}) TypeError g() got multiple values for argument 'a'
# expect: f(**{'a': 1}, **{'a': 2}) TypeError __main__.f() got multiple values for keyword argument 'a'
# expect: f(a=1, **{'a': 2}) TypeError __main__.f() got multiple values for keyword argument 'a'
# expect: g(**M()) (7, 2, 3)
# expect: f(*[1], **{'a': 1}, a=2) TypeError __main__.f() got multiple values for keyword argument 'a'
# expect: print(*1) TypeError print() argument after * must be an iterable, not int
# expect: len(*[1, 2]) TypeError len() takes exactly one argument (2 given)
# expect: g(*[1,2,3,4]) TypeError g() takes from 1 to 2 positional arguments but 4 were given
# expect: g(**{'zz': 1}) TypeError g() got an unexpected keyword argument 'zz'
# expect: f(**{'a': 1, 2: 3}) TypeError keywords must be strings
# expect: (2, {'k': 1}) (1, {})
# expect: (1, 2, 3) (1, 2, 3) (1, 2, 5) (0, 2, 3)
# expect: 9 1 a-b
# expect: ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), [('0', 0), ('1', 1), ('10', 10), ('11', 11), ('12', 12), ('13', 13), ('2', 2), ('3', 3), ('4', 4), ('5', 5), ('6', 6), ('7', 7), ('8', 8), ('9', 9)])
# expect: ((), {'x': 1}) ((), {'y': 2}) ((), {'z': 3}) ((), {'b': 'bb', 'a': 'aa'}) ((1,), {'b': 'bb', 'a': 'aa', 'c': 1})
# expect: bad ValueError no keys
# expect: miss KeyError 'q'
# expect: dup TypeError __main__.f() got multiple values for keyword argument 'a'
# expect: intkey TypeError keywords must be strings
# expect: tuple TypeError __main__.f() argument after ** must be a mapping, not tuple
# expect: ((4, 5), {}) ((4, 5, 4, 5), {}) ((0, 4, 5), {})
