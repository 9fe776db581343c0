# A class's own __setattr__ and __delattr__: every store and deletion of its instances goes
# through them (statements, setattr/delattr, __init__, augmented assignment, loops that would hit
# the attribute caches), and object.__setattr__/__delattr__ or super() do the plain ones.
# args: --gil newgil
# args: --gil nogil
class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


x = Logged()
x.a += 10
setattr(x, "c", 3)
for i in range(3):
    x.a = i
del x.b
delattr(x, "c")
print(sorted(vars(x).items()))
try:
    del x.missing
except AttributeError as e:
    print("AttributeError", e)


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen: {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


f = Frozen(1, 2)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
print(f.x, f.y)


class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
        super().__setattr__(name, value * 2)


class Child(Validated):
    def __init__(self):
        self.n = 4


c = Child()
print(c.n)
try:
    c.n = "no"
except TypeError as e:
    print("TypeError", e)
print(c.n)
total = 0
for i in range(100):  # the same instruction over and over: no cached store may skip the hook
    c.k = i
    total += c.k
print(total)

# A hook added to the class after stores were cached is still called.
class Late:
    pass


objs = [Late() for _ in range(3)]
for o in objs:
    o.v = 1


def late_set(self, name, value):
    object.__setattr__(self, name, value + 1000)


Late.__setattr__ = late_set
for o in objs:
    o.v = 1
print([o.v for o in objs])
del Late.__setattr__
objs[0].v = 5
print(objs[0].v)

for args in ((), (x,), (x, 5, 1), (x, "a")):
    try:
        object.__setattr__(*args)
    except TypeError as e:
        print("TypeError", e)
print(hasattr(x, "__setattr__"), hasattr(Logged, "__delattr__"))
class A: pass
a=A()
for args in ((), (a,), (a, 1, 2)):
    try:
        object.__delattr__(*args)
    except TypeError as e:
        print(e)
# expect: set a 1
# expect: set b 2
# expect: set a 11
# expect: set c 3
# expect: set a 0
# expect: set a 1
# expect: set a 2
# expect: del b
# expect: del c
# expect: [('a', 2)]
# expect: del missing
# expect: AttributeError 'Logged' object has no attribute 'missing'
# expect: AttributeError Frozen is frozen: x
# expect: AttributeError cannot delete y
# expect: 1 2
# expect: 8
# expect: TypeError n must be an int, not str
# expect: 8
# expect: 9900
# expect: [1001, 1001, 1001]
# expect: 5
# expect: TypeError descriptor '__setattr__' of 'object' object needs an argument
# expect: TypeError  expected 2 arguments, got 0
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError  expected 2 arguments, got 1
# expect: True True
# expect: descriptor '__delattr__' of 'object' object needs an argument
# expect: expected 1 argument, got 0
# expect: expected 1 argument, got 2
