# super() look-ups that depend on the instance's class: the same method's `super().f()` goes to
# different classes for instances of different subclasses (cooperative multiple inheritance), and
# finds a method assigned to or deleted from a class of the MRO after the first calls.
# args: --gil newgil
# args: --gil nogil

trace = []

class Root:
    def __init__(self, **kw):
        trace.append("Root")
        self.rest = kw
    def who(self):
        return ["Root"]

class A(Root):
    def __init__(self, a=0, **kw):
        trace.append("A")
        super().__init__(**kw)
        self.a = a
    def who(self):
        return ["A"] + super().who()

class B(Root):
    def __init__(self, b=0, **kw):
        trace.append("B")
        super().__init__(**kw)
        self.b = b
    def who(self):
        return ["B"] + super().who()

class C(A, B):
    def __init__(self, c=0, **kw):
        trace.append("C")
        super().__init__(**kw)
        self.c = c
    def who(self):
        return ["C"] + super().who()

class D(B, A):
    def who(self):
        return ["D"] + super().who()

# The diamond's order, as C3 gives it, for both orders of the bases; A.who's super() goes to B
# for a C and to Root for a plain A, in a loop (the same call sites each time).
for _ in range(3):
    trace.clear()
    c = C(a=1, b=2, c=3, x=4)
    print("C", trace, c.a, c.b, c.c, c.rest, c.who())
    trace.clear()
    d = D(a=1, b=2, y=5)
    print("D", trace, d.a, d.b, d.rest, d.who())
    print("A", A().who(), "B", B().who())
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])

# A longer chain with a method missing in the middle.
class L0:
    def f(self, x):
        return x + 1
class L1(L0):
    def f(self, x):
        return super().f(x) * 2
class L2(L1):
    pass
class L3(L2):
    def f(self, x):
        return super().f(x) - 3
class L4(L3):
    def f(self, x):
        return super().f(x) + 100
print("chain", [L4().f(i) for i in range(4)], L3().f(1), L2().f(1))

# A method added to a class in the middle after calls were made, then removed.
for step in range(3):
    print("before", step, L4().f(1))
L2.f = lambda self, x: 1000 + x
print("added", L4().f(1), L3().f(1))
del L2.f
print("removed", L4().f(1), L3().f(1))
L0.f = lambda self, x: -x
print("base replaced", L4().f(1))

# super() with arguments, in a classmethod, in a staticmethod-free helper, and of a property.
class P:
    @classmethod
    def make(cls):
        return "P.make:" + cls.__name__
    @property
    def value(self):
        return 10
    def hello(self):
        return "P.hello"
class Q(P):
    @classmethod
    def make(cls):
        return "Q>" + super().make()
    @property
    def value(self):
        return super().value + 1
    def hello(self):
        return "Q>" + super(Q, self).hello()
class R(Q):
    def hello(self):
        return "R>" + super(Q, self).hello()
for _ in range(2):
    print(Q.make(), R.make(), Q().value, R().value, Q().hello(), R().hello())

# super() in a subclass of a builtin list and dict, and of an exception.
class Stack(list):
    def append(self, x):
        super().append(x * 2)
    def __init__(self, items):
        super().__init__(items)
s = Stack([1, 2])
for i in range(3):
    s.append(i)
print("stack", s, len(s))

class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing %s" % key)
        self.key = key
class Deeper(NotFound):
    def __init__(self, key):
        super().__init__(key * 2)
for k in ("a", "b"):
    try:
        raise Deeper(k)
    except AppError as e:
        print("exception", e, e.key, e.args, type(e).__name__)

# Errors, with CPython's messages.
class S:
    def m(self):
        return super().missing()
try:
    S().m()
except AttributeError as e:
    print("AttributeError", e)
try:
    super(S, 5)
except TypeError as e:
    print("TypeError", e)

# `super` rebound: a local, and a global that shadows the builtin, are called as they are.
class Base2:
    def f(self):
        return "Base2.f"
class Sub2(Base2):
    def f(self):
        return "Sub2>" + super().f()
    def g(self):
        super = lambda: self
        return super().f()
print(Sub2().f(), Sub2().g())
class Other:
    def f(self):
        return "Other.f"
def fake_super(*args):
    return Other()
super = fake_super
print("shadowed", Sub2().f())
del super
print("restored", Sub2().f())

# super() where the first argument is not an instance of the method's class, and outside a
# method: CPython's errors.
try:
    Sub2.f(5)
except TypeError as e:
    print("TypeError", e)
def loose():
    return super().f()
try:
    loose()
except RuntimeError as e:
    print("RuntimeError", e)
def loose_arg(x):
    return super().f()
try:
    loose_arg(1)
except RuntimeError as e:
    print("RuntimeError", e)

# In a generator method, a nested function, with self reassigned, and with self a cell.
class G(Base2):
    def gen(self):
        for i in range(2):
            yield super().f() + str(i)
    def nested(self):
        def inner():
            return self
        return super().f() + ":" + inner().__class__.__name__
    def f(self):
        return "G.f"
    def moved(self):
        self = G2()
        return super().f() + ":" + self.f()
class G2(G):
    def f(self):
        return "G2.f"
print(list(G().gen()), G().nested(), G().moved())
try:
    G.moved(Sub2())
except TypeError as e:
    print("TypeError", e)

# Builtin (native) methods found past the class: object's, list's, dict's, an exception's.
class Plain:
    def __init__(self):
        super().__init__()
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
p = Plain()
p.v = 21
print(p.v)
class Listy(list):
    def __repr__(self):
        return "Listy" + super().__repr__()
    def extend(self, items):
        super().extend(items)
        super().append(len(items))
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
class Dicty(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, [v])
    def __contains__(self, k):
        return super().__contains__(k) or k == "any"
    def keys(self):
        return sorted(super().keys())
l = Listy([1])
l.extend([2, 3])
print(repr(l), l[1], len(l))
d = Dicty()
d["b"] = 1
d["a"] = 2
print(d, "a" in d, "any" in d, "z" in d, d.keys())
class Wrapped(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.count = len(args)
class Twice(Wrapped):
    def __init__(self, a, b):
        super().__init__(a, b, a + b)
for i in range(2):
    e = Twice(i, 2)
    print(e.args, e.count, str(e), repr(e))
try:
    Wrapped.__init__(5)
except TypeError as e:
    print("TypeError", e)

# expect: C ['C', 'A', 'B', 'Root'] 1 2 3 {'x': 4} ['C', 'A', 'B', 'Root']
# expect: D ['B', 'A', 'Root'] 1 2 {'y': 5} ['D', 'B', 'A', 'Root']
# expect: A ['A', 'Root'] B ['B', 'Root']
# expect: C ['C', 'A', 'B', 'Root'] 1 2 3 {'x': 4} ['C', 'A', 'B', 'Root']
# expect: D ['B', 'A', 'Root'] 1 2 {'y': 5} ['D', 'B', 'A', 'Root']
# expect: A ['A', 'Root'] B ['B', 'Root']
# expect: C ['C', 'A', 'B', 'Root'] 1 2 3 {'x': 4} ['C', 'A', 'B', 'Root']
# expect: D ['B', 'A', 'Root'] 1 2 {'y': 5} ['D', 'B', 'A', 'Root']
# expect: A ['A', 'Root'] B ['B', 'Root']
# expect: ['C', 'A', 'B', 'Root', 'object'] ['D', 'B', 'A', 'Root', 'object']
# expect: chain [99, 101, 103, 105] 1 4
# expect: before 0 101
# expect: before 1 101
# expect: before 2 101
# expect: added 1098 998
# expect: removed 101 1
# expect: base replaced 95
# expect: Q>P.make:Q Q>P.make:R 11 11 Q>P.hello R>P.hello
# expect: Q>P.make:Q Q>P.make:R 11 11 Q>P.hello R>P.hello
# expect: stack [1, 2, 0, 2, 4] 5
# expect: exception missing aa aa ('missing aa',) Deeper
# expect: exception missing bb bb ('missing bb',) Deeper
# expect: AttributeError 'super' object has no attribute 'missing'
# expect: TypeError super(type, obj): obj must be an instance or subtype of type
# expect: Sub2>Base2.f Sub2>Base2.f
# expect: shadowed Sub2>Other.f
# expect: restored Sub2>Base2.f
# expect: TypeError super(type, obj): obj must be an instance or subtype of type
# expect: RuntimeError super(): no arguments
# expect: RuntimeError super(): __class__ cell not found
# expect: ['Base2.f0', 'Base2.f1'] Base2.f:G Base2.f:G2.f
# expect: 42
# expect: Listy[1, 2, 3, 2] 20 4
# expect: {'b': [1], 'a': [2]} True True False ['a', 'b']
# expect: (0, 2, 2) 3 (0, 2, 2) Twice(0, 2, 2)
# expect: (1, 2, 3) 3 (1, 2, 3) Twice(1, 2, 3)
# expect: TypeError super(type, obj): obj must be an instance or subtype of type
