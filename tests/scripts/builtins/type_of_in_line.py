# type(x) answered in line by CALL for builtin values whose class type() has found and for a
# script instance; everything else as type() decides it.
from collections import defaultdict, OrderedDict, namedtuple
class A: pass
class B(A): pass
class M(type): pass
class C(metaclass=M): pass
class L(list): pass
P = namedtuple("P", "a")
for v in (None, True, 0, 2**80, 1.5, "s", b"b", [], (), {}, defaultdict(int), OrderedDict(), A(), B(), C(), C, A, L(), P(1), set(), range(1), len, type, ValueError("x"), 2):
    t = type(v)
    print(t.__name__, t is type(v), type(t).__name__)
print([type(x).__name__ for x in range(3)], type(None) is type(None))
try:
    type()
except TypeError as e:
    print("TypeError", e)
n = 0
for i in range(500):
    if type(i) is int and type(str(i)) is str and type([i]) == list:
        n += 1
print(n, type(A()) is A, type(B()) is A)

# expect: NoneType True type
# expect: bool True type
# expect: int True type
# expect: int True type
# expect: float True type
# expect: str True type
# expect: bytes True type
# expect: list True type
# expect: tuple True type
# expect: dict True type
# expect: defaultdict True type
# expect: OrderedDict True type
# expect: A True type
# expect: B True type
# expect: C True M
# expect: M True type
# expect: type True type
# expect: L True type
# expect: P True type
# expect: set True type
# expect: range True type
# expect: builtin_function_or_method True type
# expect: type True type
# expect: ValueError True type
# expect: int True type
# expect: ['int', 'int', 'int'] True
# expect: TypeError type() takes 1 or 3 arguments
# expect: 500 True False
