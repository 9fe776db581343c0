# Instances keep their attributes as values beside their class's shared names until something
# needs a dict (ScriptInstance): every way in and out of an instance's attributes must see the
# same attributes, in insertion order, whether the instance still has values or a dict.
# args: --gil newgil
# args: --gil nogil
import copy
import threading


class P:
    def __init__(self, x):
        self.x = x
        self.y = x + 1
        self.z = x * 2


def make_many():
    ps = [P(i) for i in range(50)]
    return sum(p.x + p.y + p.z for p in ps), ps[49].z


print(make_many())  # expect: (4950, 98)


def live_dict():
    p = P(1)
    d = p.__dict__
    print(d)  # expect: {'x': 1, 'y': 2, 'z': 2}
    d["w"] = 7  # a write through the dict is seen by attribute access
    d["x"] = 10
    print(p.w, p.x, p.__dict__ is d)  # expect: 7 10 True
    p.v = 5  # and attribute writes are seen by the dict
    p.y = 20
    print(d)  # expect: {'x': 10, 'y': 20, 'z': 2, 'w': 7, 'v': 5}
    del d["z"]
    print(hasattr(p, "z"), vars(p) is d)  # expect: False True
    q = P(2)
    print(vars(q))  # expect: {'x': 2, 'y': 3, 'z': 4}


live_dict()


def deletion_order():
    p = P(1)
    del p.y
    print(vars(p))  # expect: {'x': 1, 'z': 2}
    p.y = 9  # re-added last, as in a dict
    print(list(vars(p)))  # expect: ['x', 'z', 'y']
    q = P(2)
    del q.z  # the last one
    q.z = 0
    print(vars(q))  # expect: {'x': 2, 'y': 3, 'z': 0}
    try:
        del q.nothing
    except AttributeError as e:
        print(e)  # expect: 'P' object has no attribute 'nothing'
    r = P(3)
    delattr(r, "x")
    print(hasattr(r, "x"), getattr(r, "x", "gone"), r.y)  # expect: False gone 4


deletion_order()


class Q:
    pass


def diverging_orders():
    a, b, c = Q(), Q(), Q()
    a.one = 1
    a.two = 2
    b.two = 2  # another order: its own dict
    b.one = 1
    c.one = 1
    c.three = 3
    print(vars(a), vars(b), vars(c))
    # expect: {'one': 1, 'two': 2} {'two': 2, 'one': 1} {'one': 1, 'three': 3}
    for o in (a, b, c):
        o.one += 10
    print(a.one, b.one, c.one, b.two, c.three)  # expect: 11 11 11 2 3
    print(hasattr(c, "two"), hasattr(b, "three"))  # expect: False False


diverging_orders()


def many_attributes():
    objs = [Q() for _ in range(3)]
    for n, o in enumerate(objs):
        for i in range(2000):
            setattr(o, "a" + str((i * (n + 1)) % 2000), i)
    print(len(vars(objs[0])), objs[0].a1999, getattr(objs[1], "a2"), objs[2].a3)
    # expect: 2000 1999 1001 1
    print(list(vars(objs[1]))[:4])  # expect: ['a0', 'a2', 'a4', 'a6']
    total = 0
    for i in range(2000):
        total += getattr(objs[2], "a" + str(i))
    print(total)  # expect: 1999000


many_attributes()


def made_names():
    p = P(4)
    name = "".join(["x"])  # equal to the interned name, another object
    print(getattr(p, name), hasattr(p, name))  # expect: 4 True
    setattr(p, "".join(["y"]), 50)
    print(p.y, vars(p))  # expect: 50 {'x': 4, 'y': 50, 'z': 8}
    setattr(p, "".join(["n", "ew"]), 1)
    print(p.new, list(vars(p)))  # expect: 1 ['x', 'y', 'z', 'new']


made_names()


class WithProperty:
    def __init__(self):
        self.plain = 1

    @property
    def value(self):
        return "property"

    @value.setter
    def value(self, v):
        self.__dict__["value"] = v  # the property still wins on reads

    def method(self):
        return "method"


def descriptors():
    w = WithProperty()
    for _ in range(3):
        w.value = 5
        print(w.value, w.__dict__["value"])
    # expect: property 5
    # expect: property 5
    # expect: property 5
    print(w.method())  # expect: method
    w.method = lambda: "shadowed"  # an instance attribute shadows the method
    print(w.method())  # expect: shadowed
    v = WithProperty()
    print(v.method(), vars(v))  # expect: method {'plain': 1}


descriptors()


class Fallback:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "missing " + name


def hooks():
    f = Fallback()
    print(f.a, f.b)  # expect: 1 missing b
    del f.a
    print(f.a)  # expect: missing a


hooks()


class Base:
    def __init__(self):
        self.base = 1


class Child(Base):
    def __init__(self):
        super().__init__()
        self.child = 2


class Slotted:
    __slots__ = ("s",)

    def __init__(self):
        self.s = 1


class SlottedChild(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = 2


class MyError(ValueError):
    def __init__(self, code):
        super().__init__("bad")
        self.code = code


class Worker(threading.Thread):
    def __init__(self):
        super().__init__()
        self.tag = "t"


def kinds():
    for _ in range(3):
        c = Child()
    print(vars(c), vars(Base()))  # expect: {'base': 1, 'child': 2} {'base': 1}
    for _ in range(3):
        s = SlottedChild()
    print(s.s, s.extra, vars(s))  # expect: 1 2 {'extra': 2}
    t = Slotted()
    try:
        t.other = 1
    except AttributeError as e:
        print(e)  # expect: 'Slotted' object has no attribute 'other'
    try:
        vars(t)
    except TypeError as e:
        print(e)  # expect: vars() argument must have __dict__ attribute
    e = MyError(3)
    print(e, e.code, e.args)  # expect: bad 3 ('bad',)
    w = Worker()
    w.more = 1
    print(w.tag, w.more, w.daemon)  # expect: t 1 False


kinds()


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def copies():
    a = Pt(1, [2])
    b = copy.copy(a)
    c = copy.deepcopy(a)
    a.y.append(3)
    print(vars(b), vars(c), b.y is a.y)  # expect: {'x': 1, 'y': [2, 3]} {'x': 1, 'y': [2]} True
    d = Pt(5, 6)
    print(d.x + d.y, vars(d))  # expect: 11 {'x': 5, 'y': 6}


copies()


def loops_over_mixed():
    # One instruction sees instances with values and with dicts, of one class.
    objs = [P(i) for i in range(6)]
    for o in objs[::2]:
        o.__dict__  # a dict for every other one
    del objs[1].x
    objs[1].x = 100
    total = 0
    for o in objs:
        o.y = o.x + 1
        total += o.x + o.y + o.z
    print(total, [list(vars(o)) == ["x", "y", "z"] for o in objs])
    # expect: 264 [True, False, True, True, True, True]


loops_over_mixed()
