# dataclasses' keyword-only fields: KW_ONLY, dataclass(kw_only=True), field(kw_only=...); their
# place in __init__ and __match_args__, and CPython 3.11's errors.
# args: --gil newgil
# args: --gil nogil
from dataclasses import dataclass, field, KW_ONLY, fields
@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int
    z: int = 3
print(A(1, y=2), A(y=5, x=0, z=1), A.__match_args__, [(f.name, f.kw_only) for f in fields(A)])
for a, k in [((1, 2), {}), ((1,), {}), ((), {}), ((), {'y': 1})]:
    try: A(*a, **k)
    except TypeError as e: print(e)
@dataclass(kw_only=True)
class B:
    a: int = 0
    b: int
    c: int = field(default=5, kw_only=False)
print(B(7, b=1), B.__match_args__)
try: B(1, 2)
except TypeError as e: print(e)
@dataclass
class C(A):
    w: int = 0
print(C(1, 2, y=3), [f.name for f in fields(C)])
@dataclass
class D:
    p: int = field(kw_only=True)
    q: int = 1
    r: int = 2
print(D(5, 6, p=1))
try: D()
except TypeError as e: print(e)

# CPython 3.11's output:
# expect: A(x=1, y=2, z=3) A(x=0, y=5, z=1) ('x',) [('x', False), ('y', True), ('z', True)]
# expect: A.__init__() takes 2 positional arguments but 3 were given
# expect: A.__init__() missing 1 required keyword-only argument: 'y'
# expect: A.__init__() missing 1 required positional argument: 'x'
# expect: A.__init__() missing 1 required positional argument: 'x'
# expect: B(a=0, b=1, c=7) ('c',)
# expect: B.__init__() takes from 1 to 2 positional arguments but 3 were given
# expect: C(x=1, y=3, z=3, w=2) ['x', 'y', 'z', 'w']
# expect: D(p=1, q=5, r=6)
# expect: D.__init__() missing 1 required keyword-only argument: 'p'
