# Metaclass errors, with CPython 3.11's messages: a metaclass conflict, type.__new__'s arguments,
# metaclass attributes not found on instances, a read-only metaclass property.
class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Z2(X, metaclass=M2):
        pass
except TypeError as e:
    print('TypeError', e)


class M3(M1):
    pass


class W(X, metaclass=M3):
    pass


print(type(W).__name__)


class V(X, metaclass=type):  # type is a base of M1: M1 wins
    pass


print(type(V).__name__)

for bad in [lambda: type.__new__(M1, 1, (), {}), lambda: type.__new__(M1, 'N', [], {}),
            lambda: type.__new__(M1, 'N', (), []), lambda: type('N', (1,), {}),
            lambda: type.__new__(M1, 'N', ()), lambda: type.__new__(1, 'N', (), {})]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


class Meta(type):
    @property
    def ro(cls):
        return 'read-only'

    def method(cls):
        return 'method'


class A(metaclass=Meta):
    pass


print(A.ro, A.method())
try:
    A.ro = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    A().method()
except AttributeError as e:
    print('AttributeError', e)
try:
    A().ro
except AttributeError as e:
    print('AttributeError', e)
try:
    len(A)
except TypeError as e:
    print('TypeError', e)
try:
    A[0]
except TypeError as e:
    print('TypeError', e)
try:
    iter(A)
except TypeError as e:
    print('TypeError', e)
try:
    1 in A
except TypeError as e:
    print('TypeError', e)


class BadNew(type):
    def __new__(mcls, name, bases, ns):
        return 42


class Odd(metaclass=BadNew):
    pass


print(Odd)


class BadCall(type):
    def __call__(cls, *args):
        raise RuntimeError('no instances of ' + cls.__name__)


class NoInstances(metaclass=BadCall):
    pass


try:
    NoInstances()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    Meta('OnlyName')
except TypeError as e:
    print('TypeError', e)
# expect: TypeError metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: TypeError metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: M3
# expect: M1
# expect: TypeError type.__new__() argument 1 must be str, not int
# expect: TypeError type.__new__() argument 2 must be tuple, not list
# expect: TypeError type.__new__() argument 3 must be dict, not list
# expect: TypeError metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect: TypeError type.__new__() takes exactly 3 arguments (2 given)
# expect: TypeError type.__new__(X): X is not a type object (int)
# expect: read-only method
# expect: AttributeError property 'ro' of 'Meta' object has no setter
# expect: AttributeError 'A' object has no attribute 'method'
# expect: AttributeError 'A' object has no attribute 'ro'
# expect: TypeError object of type 'Meta' has no len()
# expect: TypeError type 'A' is not subscriptable
# expect: TypeError 'Meta' object is not iterable
# expect: TypeError argument of type 'Meta' is not iterable
# expect: 42
# expect: RuntimeError no instances of NoInstances
# expect: TypeError type.__new__() takes exactly 3 arguments (1 given)
