# obj.name(..., k=v) calls the method without a bound-method object (LOAD_METHOD, CALL_METHOD_KW):
# script methods, class and static methods, builtin types' methods, attributes holding functions.
class A:
    def f(self, a, update=False, *, k=3):
        return (a, update, k)
    @classmethod
    def c(cls, x=1, y=2): return (cls.__name__, x, y)
    @staticmethod
    def s(x=1, y=2): return (x, y)
a = A()
print(a.f(1, update=True), a.f(a=2), a.f(1, k=9, update=None), A.c(y=5), a.c(x=0), a.s(y=7), A.s(x=3))
import math
l = [3, 1, 2]
l.sort(key=lambda v: -v); print(l)
l.sort(reverse=True, key=None); print(l)
print("a,b,c".split(",", maxsplit=1), "a b".split(sep=None), sorted(l, key=abs))
d = {}; d.update(x=1, y=2); print(d, dict.fromkeys([1], 0), {1: 2}.get(1, 0))
a.g = A.f
print(a.g(a, 5, update=1))
def h(**kw): return kw
a.h = h
print(a.h(x=1))
print(math.isclose(1.0, 1.0 + 1e-12, rel_tol=1e-9))
try:
    a.f(1, nope=2)
except TypeError as e: print(e)
try:
    l.sort(nope=1)
except TypeError as e: print(e)
try:
    "x".split(bad=1)
except TypeError as e: print(e)
import threading
t = threading.Thread(target=print, args=(1,), kwargs={'end': '!\n'}); t.start(); t.join()
print("{x}-{y}".format(x=1, y=2), "ab".encode(encoding="utf-8"), int("10", base=2))
# expect: (1, True, 3) (2, False, 3) (1, None, 9) ('A', 1, 5) ('A', 0, 2) (1, 7) (3, 2)
# expect: [3, 2, 1]
# expect: [3, 2, 1]
# expect: ['a', 'b,c'] ['a', 'b'] [1, 2, 3]
# expect: {'x': 1, 'y': 2} {1: 0} 2
# expect: (5, 1, 3)
# expect: {'x': 1}
# expect: True
# expect: A.f() got an unexpected keyword argument 'nope'
# expect: 'nope' is an invalid keyword argument for sort()
# expect: 'bad' is an invalid keyword argument for split()
# expect: 1!
# expect: 1-2 b'ab' 2
