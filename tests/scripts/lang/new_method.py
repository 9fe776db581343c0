# __new__: a class's own __new__ runs before __init__ (which runs only on an instance of the
# class), object.__new__(C) makes an instance without __init__, super().__new__(cls) in a
# subclass; the singleton and the cached-instance patterns.
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value=0):
        print("init", value)
        self.value = value


a = Singleton(1)
b = Singleton(2, key="k") if False else Singleton(2)
print(a is b, a.value)


class Cached:
    _cache = {}

    def __new__(cls, name):
        if name not in cls._cache:
            obj = object.__new__(cls)
            obj.name = name
            cls._cache[name] = obj
        return cls._cache[name]


print(Cached("x") is Cached("x"), Cached("x") is Cached("y"), Cached("y").name)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(NotMine())


class Base:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = "Base.__new__"
        return obj


class Child(Base):
    def __init__(self, x):
        self.x = x


c = Child(5)
print(type(c).__name__, c.made_by, c.x, isinstance(c, Base))


class Plain:
    def __init__(self):
        self.initialized = True


raw = object.__new__(Plain)
print(type(raw).__name__, hasattr(raw, "initialized"))

# expect: new Singleton (1,) {}
# expect: init 1
# expect: new Singleton (2,) {}
# expect: init 2
# expect: True 2
# expect: True False y
# expect: 42
# expect: Child Base.__new__ 5 True
# expect: Plain False
