# Positional-only parameters (`def f(a, b, /, c)`): bound by position only; named by keyword they
# raise CPython's TypeError, unless **kwargs takes the name; defaults, lambdas, methods.
# args: --gil newgil
# args: --gil nogil

def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=6), f(1, 2, d=0, c=9))
def g(a, /, **kw):
    return a, sorted(kw.items())
print(g(1, a=2, b=3))
def h(a=10, /):
    return a
print(h(), h(3))
lam = lambda x, /, y=2: x * y
print(lam(3), lam(3, y=4), lam(3, 5))
class C:
    def m(self, x, /, y):
        return x + y
    def __init__(self, v, /):
        self.v = v
print(C(7).m(1, y=2), C(v=0) if False else C(8).v)
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: f(1, 2), lambda: h(a=1), lambda: lam(x=1), lambda: C(7).m(x=1, y=2), lambda: C(v=1), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, 3, z=1), lambda: f(1, 2, 3, a=1, z=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
# expect: (1, 2, 3, 4, 5) (1, 2, 3, 4, 5) (1, 2, 3, 4, 6) (1, 2, 9, 0, 5)
# expect: (1, [('a', 2), ('b', 3)])
# expect: 10 3
# expect: 6 12 15
# expect: 3 8
# expect: f() got some positional-only arguments passed as keyword arguments: 'a, b'
# expect: f() got some positional-only arguments passed as keyword arguments: 'b'
# expect: f() missing 1 required positional argument: 'c'
# expect: h() got some positional-only arguments passed as keyword arguments: 'a'
# expect: <lambda>() got some positional-only arguments passed as keyword arguments: 'x'
# expect: C.m() got some positional-only arguments passed as keyword arguments: 'x'
# expect: C.__init__() got some positional-only arguments passed as keyword arguments: 'v'
# expect: f() takes from 3 to 4 positional arguments but 5 were given
# expect: f() got an unexpected keyword argument 'z'
# expect: f() got some positional-only arguments passed as keyword arguments: 'a'
