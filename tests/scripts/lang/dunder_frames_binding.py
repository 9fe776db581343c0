# Dunders run as frames of the interpreter's own bind their arguments as calls do: defaults,
# *args, keyword-only and **kwargs parameters, and CPython's TypeErrors for the wrong arity; a
# dunder with a handler block returns NotImplemented from inside it.
class A:
    def __add__(self, o, extra=5):
        return o + extra
    def __sub__(self, *rest):
        return rest
    def __mul__(self):
        return 1
    def __getitem__(self, k, *, flag=True):
        return (k, flag)
    def __lt__(self, o, **kw):
        return kw
    def __neg__(self, x=1):
        return x
    def __setitem__(self, *a):
        print("set", a[1:])
    def __len__(self, extra=7):
        return extra
a = A()
print(a + 1, a - 2, a[3], a < 4, -a, len(a))
a[1] = 2
try:
    a * 2
except TypeError as e:
    print(e)
class B:
    def __getitem__(self):
        return 0
    def __len__(self, x):
        return 0
for f in (lambda: B()[1], lambda: len(B())):
    try:
        f()
    except TypeError as e:
        print(e)
class C:
    def __add__(self, o):
        try:
            return o.v
        except AttributeError:
            return NotImplemented
    def __radd__(self, o):
        return "C.radd"
class D:
    v = 9
    def __radd__(self, o):
        return "D.radd"
print(C() + D(), C() + 1 if False else "", D().v)
try:
    C() + 1
except TypeError as e:
    print(e)
# expect: 6 (2,) (3, True) {} 1 7
# expect: set (2,)
# expect: A.__mul__() takes 1 positional argument but 2 were given
# expect: B.__getitem__() takes 1 positional argument but 2 were given
# expect: B.__len__() missing 1 required positional argument: 'x'
# expect: 9  9
# expect: unsupported operand type(s) for +: 'C' and 'int'
