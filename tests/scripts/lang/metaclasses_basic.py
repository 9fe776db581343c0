# Metaclasses: a metaclass's __new__, __init__ and __call__ (super() to type's), its methods and
# properties reached from the class (not its instances), type()/isinstance of the class, the
# metaclass inherited by subclasses, and type(name, bases, ns) with such a base.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, type(cls).__name__)
        super().__init__(name, bases, ns)

    def describe(cls):
        return 'class ' + cls.__name__

    @classmethod
    def meta_classmethod(mcls):
        return 'meta classmethod of ' + mcls.__name__

    @staticmethod
    def meta_static(x):
        return x * 2

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    counter = 0


class A(metaclass=Meta):
    x = 1

    def f(self):
        return 'A.f'

    @classmethod
    def make(cls):
        return 'A.make ' + cls.__name__


print(type(A) is Meta, isinstance(A, Meta), isinstance(A, type), type(A).__name__, A.__class__ is Meta)
print(A.describe(), A.upper_name, A.created_by, A.x, A().f(), A.meta_classmethod(), A.meta_static(21))
print(A.counter, Meta.counter, A.make(), type(A()) is A, isinstance(A(), A), isinstance(A(), Meta))
describe = A.describe
print(describe(), Meta.describe(A), Meta.upper_name.fget(A))


class B(A):
    y = 2

    @classmethod
    def make(cls):
        return 'B+' + super().make()


print(type(B) is Meta, B.describe(), B.created_by, B.x, B.y, B.make(), B.upper_name)
print(issubclass(Meta, type), issubclass(B, A), Meta.__mro__[1] is type, Meta.__bases__ == (type,))
print(hasattr(A(), 'describe'), hasattr(A, 'describe'), hasattr(A, 'nothing'))
try:
    A().describe()
except AttributeError as e:
    print('AttributeError', e)
try:
    A.nothing
except AttributeError as e:
    print('AttributeError', e)

C = type('C', (A,), {'z': 3})
print(type(C) is Meta, C.z, C.describe(), C.__name__)
D = Meta('D', (), {'w': 4})
print(type(D) is Meta, D.w, D.describe(), D.created_by)
plain = type('Plain', (), {'v': 5})
print(type(plain) is type, plain.v, type(plain).__name__, repr(plain)[:15])
# A class attribute shadows a metaclass attribute of the same name; the metaclass's property
# wins over the class's own (a data descriptor).
class Shadow(metaclass=Meta):
    describe = 'own'
    upper_name = 'own'
print(Shadow.describe, Shadow.upper_name)
class Plain:
    pass


class PlainError(Exception):
    pass


print(Plain.__class__ is type, PlainError.__class__, A.__class__.__name__, type(Meta) is type)
# expect: Meta.__new__ Meta A [] ['f', 'make', 'x']
# expect: Meta.__init__ A Meta
# expect: True True True Meta True
# expect: class A A Meta 1 A.f meta classmethod of Meta 42
# expect: 0 0 A.make A True True False
# expect: class A class A A
# expect: Meta.__new__ Meta B ['A'] ['make', 'y']
# expect: Meta.__init__ B Meta
# expect: True class B Meta 1 2 B+A.make B B
# expect: True True True True
# expect: False True False
# expect: AttributeError 'A' object has no attribute 'describe'
# expect: AttributeError type object 'A' has no attribute 'nothing'
# expect: Meta.__new__ Meta C ['A'] ['z']
# expect: Meta.__init__ C Meta
# expect: True 3 class C C
# expect: Meta.__new__ Meta D [] ['w']
# expect: Meta.__init__ D Meta
# expect: True 4 class D Meta
# expect: True 5 type <class '__main_
# expect: Meta.__new__ Meta Shadow [] ['describe', 'upper_name']
# expect: Meta.__init__ Shadow Meta
# expect: own SHADOW
# expect: True <class 'type'> Meta True
