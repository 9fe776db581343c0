# Class keyword arguments: passed to the metaclass's __new__ and __init__ (and on by type.__new__
# to __init_subclass__), or to __init_subclass__ of a plain class; object's takes none.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print('init', name, sorted(kw.items()))
        super().__init__(name, bases, ns, **kw)


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, tag='none', **rest):
        print('init_subclass', cls.__name__, tag, rest)
        cls.tag = tag


class A(Base, tag='a'):
    pass


class B(A, tag='b', extra=1):
    pass


class C(A):
    pass


print(A.tag, B.tag, C.tag, type(B).__name__)


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__] = cls


class Csv(Plugin, name='csv'):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.registry))
try:
    class Bad(Plugin, name='x', other=2):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Plain2(object, metaclass=type, flag=True):
        pass
except TypeError as e:
    print('TypeError', e)


def factory(name, bases, ns, **kw):
    return (name, sorted(kw))


class Made(metaclass=factory, x=1, y=2):
    pass


print(Made)
# expect: new Base []
# expect: init Base []
# expect: new A [('tag', 'a')]
# expect: init_subclass A a {}
# expect: init A [('tag', 'a')]
# expect: new B [('extra', 1), ('tag', 'b')]
# expect: init_subclass B b {'extra': 1}
# expect: init B [('extra', 1), ('tag', 'b')]
# expect: new C []
# expect: init_subclass C none {}
# expect: init C []
# expect: a b none Meta
# expect: ['Json', 'csv']
# expect: TypeError Bad.__init_subclass__() takes no keyword arguments
# expect: TypeError Plain.__init_subclass__() takes no keyword arguments
# expect: TypeError Plain2.__init_subclass__() takes no keyword arguments
# expect: ('Made', ['x', 'y'])
