# Instances of dict, list and tuple subclasses take the builtin operation when no class of their
# MRO defines the special method, and call it when one does: defined in the class body, in a
# base, assigned to the class after it was made (`D.__getitem__ = f`), or deleted again.
# args: --gil newgil
# args: --gil nogil

class PlainD(dict):
    pass

class PlainL(list):
    pass

def ops_dict(d, label):
    out = []
    d["a"] = 1
    d["b"] = 2
    out.append("a" in d)
    out.append("z" in d)
    out.append(d["a"])
    try:
        d["zz"]
    except KeyError as e:
        out.append("KeyError " + repr(e.args))
    del d["b"]
    try:
        del d["b"]
    except KeyError as e:
        out.append("del KeyError " + repr(e.args))
    out.append(len(d))
    out.append(list(d))
    out.append(bool(d))
    print(label, out)

ops_dict(PlainD(), "plain dict")

def ops_list(l, label):
    out = []
    l.append(5)
    l.append(6)
    out.append(5 in l)
    out.append(l[0])
    out.append(l[-1])
    l[0] = 7
    out.append(l[0:2])
    try:
        l[10]
    except IndexError as e:
        out.append("IndexError " + str(e))
    del l[1]
    out.append(len(l))
    out.append([x for x in l])
    out.append(bool(l))
    print(label, out)

ops_list(PlainL(), "plain list")

log = []

class GetD(dict):
    def __getitem__(self, k):
        log.append(("getitem", k))
        return dict.__getitem__(self, k) * 10

class SetD(dict):
    def __setitem__(self, k, v):
        log.append(("setitem", k, v))
        dict.__setitem__(self, k, v + 1)

class DelD(dict):
    def __delitem__(self, k):
        log.append(("delitem", k))
        dict.__delitem__(self, k)

class ContD(dict):
    def __contains__(self, k):
        log.append(("contains", k))
        return k == "magic"

class LenD(dict):
    def __len__(self):
        log.append("len")
        return 42

class IterD(dict):
    def __iter__(self):
        log.append("iter")
        return iter(["x", "y"])

class MissD(dict):
    def __missing__(self, k):
        log.append(("missing", k))
        return k * 2

class BoolD(dict):
    def __bool__(self):
        log.append("bool")
        return False

for cls in (GetD, SetD, DelD, ContD, LenD, IterD, MissD, BoolD):
    d = cls()
    dict.__setitem__(d, "a", 1)
    dict.__setitem__(d, "b", 2)
    log.clear()
    r = []
    d["c"] = 3
    r.append("a" in d)
    r.append("magic" in d)
    r.append(d["a"])
    try:
        r.append(d["q"])
    except KeyError as e:
        r.append("KeyError")
    del d["b"]
    r.append(len(d))
    r.append([k for k in d])  # (list(d) asks CPython's __len__ for a length hint)
    r.append(bool(d))
    r.append(sorted(dict.items(d)))
    print(cls.__name__, r, log)

# Inherited through a base class.
class Base(dict):
    def __getitem__(self, k):
        return "base-" + str(k)
class Mid(Base):
    pass
class Leaf(Mid):
    pass
leaf = Leaf()
print("inherited", leaf["k"], leaf.get("k"))

# Assigned to the class after the class statement, and deleted again.
class Late(dict):
    pass
late = Late()
late["k"] = 1
print("late before", late["k"], "k" in late, len(late))
for _ in range(3):
    late["k"]
Late.__getitem__ = lambda self, k: "late-" + k
Late.__contains__ = lambda self, k: True
Late.__len__ = lambda self: 99
print("late after", late["k"], "nope" in late, len(late))
del Late.__getitem__
del Late.__contains__
del Late.__len__
print("late deleted", late["k"], "nope" in late, len(late))

# Assigned to a base after a subclass was made: the subclass sees it.
class Root(dict):
    pass
class Child(Root):
    pass
c = Child(a=1)
print("child before", c["a"], "a" in c)
Root.__missing__ = lambda self, k: "missing-" + k
print("child missing", c["zz"])
Root.__iter__ = lambda self: iter(["i1", "i2"])
print("child iter", list(c), [x for x in c])
del Root.__missing__
try:
    c["zz"]
except KeyError as e:
    print("child KeyError", e)

# List subclasses.
class GetL(list):
    def __getitem__(self, i):
        return ("got", list.__getitem__(self, i))
class SetL(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, -v)
class DelL(list):
    def __delitem__(self, i):
        log.append(("ldel", i))
class ContL(list):
    def __contains__(self, x):
        return x == "always"
class LenL(list):
    def __len__(self):
        return 7
class IterL(list):
    def __iter__(self):
        return iter("ab")
for cls in (GetL, SetL, DelL, ContL, LenL, IterL):
    log.clear()
    l = cls([1, 2, 3])
    r = []
    l[0] = 10
    r.append(l[0])
    r.append(l[1:])
    r.append(2 in l)
    r.append("always" in l)
    del l[0]
    r.append(len(l))
    r.append(list(l))
    r.append(bool(l))
    print(cls.__name__, r, list.__len__(l), log)

# Tuple subclasses: a namedtuple-like class, and one overriding __getitem__ and __len__.
class Pair(tuple):
    __slots__ = ()
class OddPair(tuple):
    def __getitem__(self, i):
        return "odd"
    def __len__(self):
        return 0
for cls in (Pair, OddPair):
    t = cls((4, 5))
    print(cls.__name__, t[0], 5 in t, len(t), list(t), bool(t))

# __getitem__ = None makes the instances unsubscriptable, as in CPython.
class NoGet(dict):
    __getitem__ = None
try:
    NoGet(a=1)["a"]
except TypeError as e:
    print("NoGet", e)

# An override that calls the builtin one with the bypass, then the fast path again.
class Counting(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        super().__setitem__("n", self.get("n", 0) + 1)
c = Counting()
for i in range(5):
    c[i] = i
print("counting", c["n"], len(c))

# The builtin methods of a subclass's instance, called in a loop (the same call sites), then
# overridden on the class, shadowed on the instance, and a namedtuple's field named like a
# tuple method.
from collections import Counter, namedtuple, OrderedDict
class Bag(list):
    def push(self, x):
        self.append(x)
        return self.count(x)
class Table(dict):
    def __missing__(self, k):
        return "missing"
def use(b, t):
    r = []
    for i in range(3):
        r.append(b.push(i % 2))
        r.append(t.get(i, "dflt"))
        r.append(t.setdefault(i, i * 10))
        r.append(t[i + 100])
        r.append(b.index(0))
    return r
b, t = Bag(), Table()
print("methods", use(b, t), b, t)
Bag.append = lambda self, x: list.insert(self, 0, -x)
Table.get = lambda self, k, d=None: ("get", k)
print("overridden", use(b, t), b)
b.count = lambda x: "own"
t2 = Table()
t2.setdefault = lambda k, v: ("own", k)
print("shadowed", use(b, t2), b.count(1), t2.setdefault(1, 2))
del Bag.append
del b.count
print("restored", use(b, t2), b)
Field = namedtuple("Field", "count index")
f = Field(7, 8)
print("fields", f.count, f.index, f._replace(count=1), tuple.count(f, 7))
c = Counter("abracadabra")
print("counter", c.get("a"), c.get("z"), c["z"], c.most_common(2), sorted(c.keys()), c.pop("r"))
o = OrderedDict(a=1, b=2)
print("ordered", o.get("a"), o.pop("a"), list(o.items()), o.setdefault("c", 3), list(o))

# expect: plain dict [True, False, 1, "KeyError ('zz',)", "del KeyError ('b',)", 1, ['a'], True]
# expect: plain list [True, 5, 6, [7, 6], 'IndexError list index out of range', 1, [7], True]
# expect: GetD [True, False, 10, 'KeyError', 2, ['a', 'c'], True, [('a', 1), ('c', 3)]] [('getitem', 'a'), ('getitem', 'q')]
# expect: SetD [True, False, 1, 'KeyError', 2, ['a', 'c'], True, [('a', 1), ('c', 4)]] [('setitem', 'c', 3)]
# expect: DelD [True, False, 1, 'KeyError', 2, ['a', 'c'], True, [('a', 1), ('c', 3)]] [('delitem', 'b')]
# expect: ContD [False, True, 1, 'KeyError', 2, ['a', 'c'], True, [('a', 1), ('c', 3)]] [('contains', 'a'), ('contains', 'magic')]
# expect: LenD [True, False, 1, 'KeyError', 42, ['a', 'c'], True, [('a', 1), ('c', 3)]] ['len', 'len']
# expect: IterD [True, False, 1, 'KeyError', 2, ['x', 'y'], True, [('a', 1), ('c', 3)]] ['iter']
# expect: MissD [True, False, 1, 'qq', 2, ['a', 'c'], True, [('a', 1), ('c', 3)]] [('missing', 'q')]
# expect: BoolD [True, False, 1, 'KeyError', 2, ['a', 'c'], False, [('a', 1), ('c', 3)]] ['bool']
# expect: inherited base-k None
# expect: late before 1 True 1
# expect: late after late-k True 99
# expect: late deleted 1 False 1
# expect: child before 1 True
# expect: child missing missing-zz
# expect: child iter ['i1', 'i2'] ['i1', 'i2']
# expect: child KeyError 'zz'
# expect: GetL [('got', 10), ('got', [2, 3]), True, False, 2, [2, 3], True] 2 []
# expect: SetL [-10, [2, 3], True, False, 2, [2, 3], True] 2 []
# expect: DelL [10, [2, 3], True, False, 3, [10, 2, 3], True] 3 [('ldel', 0)]
# expect: ContL [10, [2, 3], False, True, 2, [2, 3], True] 2 []
# expect: LenL [10, [2, 3], True, False, 7, [2, 3], True] 2 []
# expect: IterL [10, [2, 3], True, False, 2, ['a', 'b'], True] 2 []
# expect: Pair 4 True 2 [4, 5] True
# expect: OddPair odd True 0 [4, 5] False
# expect: NoGet 'NoneType' object is not callable
# expect: counting 5 6
# expect: methods [1, 'dflt', 0, 'missing', 0, 1, 'dflt', 10, 'missing', 0, 2, 'dflt', 20, 'missing', 0] [0, 1, 0] {0: 0, 1: 10, 2: 20}
# expect: overridden [3, ('get', 0), 0, 'missing', 0, 1, ('get', 1), 10, 'missing', 1, 4, ('get', 2), 20, 'missing', 0] [0, -1, 0, 0, 1, 0]
# expect: shadowed ['own', ('get', 0), ('own', 0), 'missing', 0, 'own', ('get', 1), ('own', 1), 'missing', 1, 'own', ('get', 2), ('own', 2), 'missing', 0] own ('own', 1)
# expect: restored [7, ('get', 0), ('own', 0), 'missing', 0, 2, ('get', 1), ('own', 1), 'missing', 0, 8, ('get', 2), ('own', 2), 'missing', 0] [0, -1, 0, 0, -1, 0, 0, 1, 0, 0, 1, 0]
# expect: fields 7 8 Field(count=1, index=8) 1
# expect: counter 5 None 0 [('a', 5), ('b', 2)] ['a', 'b', 'c', 'd', 'r'] 2
# expect: ordered 1 1 [('b', 2)] 3 ['b', 'c']
