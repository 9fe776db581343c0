# Bases that have no consistent MRO, and repeated bases (CPython 3.11's TypeErrors).
class A: pass
class B(A): pass
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
# expect: Cannot create a consistent method resolution
# expect: order (MRO) for bases A, B

class O: pass
class P(O): pass
class Q(O): pass
class R(P, Q): pass
class S(Q, P): pass
try:
    class T(R, S): pass
except TypeError as e:
    print(str(e).replace("\n", " "))  # expect: Cannot create a consistent method resolution order (MRO) for bases P, Q
try:
    class Y(A, A): pass
except TypeError as e:
    print(e)  # expect: duplicate base class A
try:
    class Z(A, 3): pass
except TypeError as e:
    print(type(e).__name__)  # expect: TypeError
class Last(B, A): pass  # fine: B before A
print([k.__name__ for k in Last.__mro__])  # expect: ['Last', 'B', 'A', 'object']
