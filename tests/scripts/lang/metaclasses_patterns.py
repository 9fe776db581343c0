# Metaclasses as programs use them: a singleton's __call__, a registry, a metaclass whose
# special methods make the class object a container, attribute guards, keyword arguments.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0, *, name='cfg'):
        self.value = value
        self.name = name


a = Config(1, name='first')
b = Config(2)
print(a is b, a.value, a.name, type(a).__name__, len(Singleton._instances))


class Logger(Config):
    pass


print(Logger(7) is Logger(), Logger().value, Logger() is a)


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.made += 1
        instance = super().__call__(*args, **kwargs)
        instance.serial = cls.made
        return instance


class Point(metaclass=Counted):
    made = 0

    def __init__(self, x, y):
        self.x, self.y = x, y


p, q = Point(1, 2), Point(y=4, x=3)
print(p.serial, q.serial, q.x, q.y, Point.made)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)


class Registry(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls

    def create(cls, kind, *args):
        return cls.registry[kind](*args)


class Plugin(metaclass=Registry):
    def __init__(self, arg=None):
        self.arg = arg

    def run(self):
        return type(self).__name__ + ' ran with ' + repr(self.arg)


class Alpha(Plugin):
    pass


class Beta(Plugin):
    def run(self):
        return 'beta! ' + super().run()


print(sorted(Registry.registry), Plugin.create('alpha', 1).run(), Plugin.create('beta', 'x').run())


class Seq(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return '<Seq ' + cls.__name__ + '>'

    def __reversed__(cls):
        return reversed(cls.items)

    def __bool__(cls):
        return bool(cls.items)


class Letters(metaclass=Seq):
    items = ['a', 'b', 'c']


class Empty(metaclass=Seq):
    items = []


print(len(Letters), list(Letters), Letters[1], Letters[-1], 'b' in Letters, 'z' in Letters)
print(repr(Letters), str(Letters), f'{Letters}', [x.upper() for x in Letters], list(reversed(Letters)))
print(bool(Letters), bool(Empty), sorted(Letters, reverse=True), dict(enumerate(Letters)), [Letters])
a_, *rest = Letters
print(a_, rest, 'yes' if Letters else 'no', 'yes' if Empty else 'no', max(Letters), ','.join(Letters))


class Sized(type):
    def __len__(cls):
        return cls.size


class Box(metaclass=Sized):
    size = 0


print(bool(Box), len(Box))


class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith('_'):
            return super().__setattr__(name, value)
        raise AttributeError(f'{cls.__name__} is frozen: cannot set {name}')

    def __delattr__(cls, name):
        raise AttributeError(f'{cls.__name__} is frozen: cannot delete {name}')


class Constants(metaclass=Frozen):
    PI = 3.14


try:
    Constants.PI = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    del Constants.PI
except AttributeError as e:
    print('AttributeError', e)
Constants._private = 1
print(Constants.PI, Constants._private)


class Props(type):
    @property
    def area(cls):
        return cls.w * cls.h

    @area.setter
    def area(cls, value):
        cls.w = value / cls.h


class Rect(metaclass=Props):
    w, h = 2, 3


print(Rect.area)
Rect.area = 12
print(Rect.w, Rect.area)


# A metaclass given a function: it makes what the class statement binds.
def make_dict(name, bases, ns):
    return {'name': name, 'keys': sorted(k for k in ns if not k.startswith('__'))}


class NotAClass(metaclass=make_dict):
    a = 1

    def b(self):
        pass


print(NotAClass)


# A metaclass deriving from another: the most derived one wins for a class with both bases.
class Base1(type):
    def who(cls):
        return 'Base1'


class Derived1(Base1):
    def who(cls):
        return 'Derived1+' + super().who()


class P1(metaclass=Base1):
    pass


class P2(metaclass=Derived1):
    pass


class Both(P1, P2):
    pass


print(type(Both).__name__, Both.who(), type(P1).__name__, P1.who())


# __init_subclass__ still runs under a metaclass.
class Hooked(metaclass=Base1):
    subclasses = []

    def __init_subclass__(cls, **kw):
        Hooked.subclasses.append(cls.__name__)


class H1(Hooked):
    pass


print(Hooked.subclasses, H1.who())


# abc.ABCMeta-style isinstance through the metaclass.
class Meta3(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')


class Duck(metaclass=Meta3):
    pass


class Mallard:
    quack = True


print(isinstance(Mallard(), Duck), isinstance(1, Duck))
# expect: True 1 first Config 1
# expect: True 7 False
# expect: 1 2 3 4 2
# expect: TypeError Point.__init__() missing 1 required positional argument: 'y'
# expect: ['alpha', 'beta'] Alpha ran with 1 beta! Beta ran with 'x'
# expect: 3 ['a', 'b', 'c'] b c True False
# expect: <Seq Letters> <Seq Letters> <Seq Letters> ['A', 'B', 'C'] ['c', 'b', 'a']
# expect: True False ['c', 'b', 'a'] {0: 'a', 1: 'b', 2: 'c'} [<Seq Letters>]
# expect: a ['b', 'c'] yes no c a,b,c
# expect: False 0
# expect: AttributeError Constants is frozen: cannot set PI
# expect: AttributeError Constants is frozen: cannot delete PI
# expect: 3.14 1
# expect: 6
# expect: 4.0 12.0
# expect: {'name': 'NotAClass', 'keys': ['a', 'b']}
# expect: Derived1 Derived1+Base1 Base1 Base1
# expect: ['H1'] Base1
# expect: True False
