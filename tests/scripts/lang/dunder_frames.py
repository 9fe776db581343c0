# Operators on instances of script classes whose dunders are plain script functions run those
# functions as frames of the interpreter's own (as a method call does); NotImplemented falls back
# as CPython 3.11's: to the right operand's reflected method (first when its class is a subclass
# that overrides it), to identity for ==/!=, to TypeError for the orderings.
# args: --gil newgil
# args: --gil nogil

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return ("radd", o)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __truediv__(self, k):
        return V(self.x / k)
    def __floordiv__(self, k):
        return V(self.x // k)
    def __mod__(self, k):
        return V(self.x % k)
    def __pow__(self, k):
        return V(self.x ** k)
    def __lshift__(self, k):
        return V(self.x << k)
    def __rshift__(self, k):
        return V(self.x >> k)
    def __and__(self, k):
        return V(self.x & k)
    def __or__(self, k):
        return V(self.x | k)
    def __xor__(self, k):
        return V(self.x ^ k)
    def __neg__(self):
        return V(-self.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.x < o.x
    def __le__(self, o):
        return self.x <= o.x
    def __gt__(self, o):
        return self.x > o.x
    def __ge__(self, o):
        return self.x >= o.x
    def __getitem__(self, i):
        return self.x * 10 + i
    def __setitem__(self, i, v):
        self.x = i + v
        return "ignored"
    def __repr__(self):
        return "V(%r)" % self.x

a, b = V(3), V(4)
print(a + b, a - b, a * 5, a / 2, a // 2, a % 2, a ** 2, a << 2, a >> 1, a & 1, a | 4, a ^ 1, -a)
print(a + 1, "x" + a, a + "x" if False else None)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
print(a == V(3), a == b, a != b, a != V(3), a < b, a <= b, a > b, a >= b)
print(a[2], b[0])
a[1] = 5
print(a)
total = V(0)
for i in range(1000):
    total = total + V(i)
    if total < V(-1):
        print("never")
print(total, total[1])
if a < b:
    print("jump taken")
if not (b < a):
    print("not jump")
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
print(a > 3 if False else "skip")

# Results are the dunders' objects, not bools.
class Weird:
    def __eq__(self, o):
        return "eq-result"
    def __lt__(self, o):
        return [1]
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() < 2, Weird() != 3)
if Weird() < 2:
    print("truthy list")

# NotImplemented from __eq__: the other side's __eq__, then identity.
class NoEq:
    def __eq__(self, o):
        return NotImplemented
    def __ne__(self, o):
        return NotImplemented
n = NoEq()
print(n == n, n == NoEq(), n != n, n != NoEq(), n == a)

# Orderings: __lt__'s NotImplemented tries the reflected __gt__, same class too.
class Ord:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return ("gt", self.k, o.k)
print(Ord(1) < Ord(2))
class NoOrd:
    def __lt__(self, o):
        return NotImplemented
for x, y in ((NoOrd(), NoOrd()), (NoOrd(), 1), (NoOrd(), "s")):
    try:
        x < y
    except TypeError as e:
        print("TypeError:", e)
try:
    if NoOrd() < NoOrd():
        pass
except TypeError as e:
    print("TypeError:", e)

# Same class: NotImplemented from __add__ does not ask __radd__ of the same class.
class Same:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd"
try:
    Same() + Same()
except TypeError as e:
    print("TypeError:", e)
print(1 + Same())

# A subclass that overrides the reflected method goes first; one that does not goes second.
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
    def __eq__(self, o):
        return "Base.eq"
class Over(Base):
    def __radd__(self, o):
        return "Over.radd"
    def __gt__(self, o):
        return "Over.gt"
    def __eq__(self, o):
        return "Over.eq"
class Plain(Base):
    pass
print(Base() + Over(), Base() + Plain(), Over() + Base(), Base() + Base())
print(Base() < Over(), Base() < Plain(), Over() < Base(), Base() == Over(), Base() == Plain())
class Declines(Base):
    def __radd__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return NotImplemented
print(Base() + Declines(), Base() < Declines())

# In-place: __iadd__ first, its NotImplemented falls back to __add__, then __radd__.
class I:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        if o == 0:
            return NotImplemented
        self.v += o
        return self
    def __add__(self, o):
        return I(self.v + o + 100)
    def __repr__(self):
        return "I(%d)" % self.v
x = I(1)
y = x
x += 5
print(x, x is y)
x += 0
print(x, x is y)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
z = OnlyAdd(1)
for i in range(3):
    z += i
print(z.v)

# Dunders that are not plain functions: staticmethod, builtin, callable object, partial,
# set on the class after creation; an instance attribute is never used.
import functools
class Caller:
    def __call__(self, *args):
        return ("called", len(args))
def late_add(self, o):
    return "late"
class Odd:
    __add__ = staticmethod(lambda b: ("static", b))
    __sub__ = Caller()
    __mul__ = functools.partial(lambda tag, o: (tag, o), "partial")
    __getitem__ = len if False else (lambda self, k: ("lambda", k))
o = Odd()
print(o + 1, o - 1, o * 2, o[7])
Odd.__add__ = late_add
print(o + 1)
o.__sub__ = lambda *a: "instance"
print(o - 1)
del Odd.__add__
try:
    o + 1
except TypeError as e:
    print("TypeError:", e)
class WithBuiltin(list):
    pass
print(WithBuiltin([1]) + [2])

# Generators and recursion in dunders.
class G:
    def __add__(self, o):
        yield self
        yield o
    def __getitem__(self, n):
        return 1 if n <= 1 else n * self[n - 1]
g = G()
print(list(g + 1)[1], g[10])
class Deep:
    def __add__(self, o):
        return self + o
try:
    Deep() + 1
except RecursionError as e:
    print("RecursionError:", e)
class DeepLt:
    def __lt__(self, o):
        return self < o
try:
    DeepLt() < 1
except RecursionError as e:
    print("RecursionError:", e)

# Exceptions raised in a dunder propagate with the operands released.
class Boom:
    def __add__(self, o):
        raise ValueError("boom %r" % (o,))
    def __lt__(self, o):
        raise KeyError(o)
    def __getitem__(self, k):
        return {}[k]
    def __setitem__(self, k, v):
        raise IndexError(k)
for f in (lambda: Boom() + 1, lambda: Boom() < 2, lambda: Boom()["k"], lambda: Boom().__setitem__(1, 2)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    bm = Boom()
    bm[5] = 1
except IndexError as e:
    print("IndexError", e)
try:
    if Boom() < 1:
        pass
except KeyError as e:
    print("KeyError", e)

# A sort and max by __lt__.
import random
random.seed(5)
items = [V(random.randrange(1000)) for i in range(200)]
print(sorted(items)[:3], max(items), min(items))

# len() of an instance: its __len__'s result checked as CPython's.
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Index:
    def __index__(self):
        return 7
for n in (3, True, 0, Index(), -1, "x", 2 ** 70, 2.0, None):
    try:
        print(len(Sized(n)))
    except Exception as e:
        print(type(e).__name__, e)
class LenRaises:
    def __len__(self):
        raise LookupError("no length")
try:
    len(LenRaises())
except LookupError as e:
    print("LookupError", e)
class LenGen:
    def __len__(self):
        yield 1
try:
    len(LenGen())
except TypeError as e:
    print("TypeError:", e)
print(len(Sized(5)) + len(Sized(6)), [len(Sized(i)) for i in range(4)])
# expect: V(7) V(-1) V(15) V(1.5) V(1) V(1) V(9) V(12) V(1) V(1) V(7) V(2) V(-3)
# expect: V(4) ('radd', 'x') None
# expect: TypeError: unsupported operand type(s) for +: 'V' and 'str'
# expect: True False True False True True False False
# expect: 32 40
# expect: V(6)
# expect: V(499500) 4995001
# expect: TypeError: '<' not supported between instances of 'V' and 'int'
# expect: skip
# expect: eq-result [1] 0
# expect: truthy list
# expect: True False False True False
# expect: ('gt', 2, 1)
# expect: TypeError: '<' not supported between instances of 'NoOrd' and 'NoOrd'
# expect: TypeError: '<' not supported between instances of 'NoOrd' and 'int'
# expect: TypeError: '<' not supported between instances of 'NoOrd' and 'str'
# expect: TypeError: '<' not supported between instances of 'NoOrd' and 'NoOrd'
# expect: TypeError: unsupported operand type(s) for +: 'Same' and 'Same'
# expect: radd
# expect: Over.radd Base.add Base.add Base.add
# expect: Over.gt Base.gt Base.lt Over.eq Base.eq
# expect: Base.add Base.lt
# expect: I(6) True
# expect: I(106) False
# expect: 4
# expect: ('static', 1) ('called', 1) ('partial', 2) ('lambda', 7)
# expect: late
# expect: ('called', 1)
# expect: TypeError: unsupported operand type(s) for +: 'Odd' and 'int'
# expect: [1, 2]
# expect: 1 3628800
# expect: RecursionError: maximum recursion depth exceeded
# expect: RecursionError: maximum recursion depth exceeded
# expect: ValueError boom 1
# expect: KeyError 2
# expect: KeyError 'k'
# expect: IndexError 1
# expect: IndexError 5
# expect: KeyError 1
# expect: [V(1), V(3), V(5)] V(998) V(1)
# expect: 3
# expect: 1
# expect: 0
# expect: 7
# expect: ValueError __len__() should return >= 0
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: LookupError no length
# expect: TypeError: 'generator' object cannot be interpreted as an integer
# expect: 11 [0, 1, 2, 3]
