# getattr/setattr/hasattr/delattr with str names through the classes' cached finds: class
# attributes changed, shadowed and deleted at run time, hooks added later, slots, properties.
# args: --gil newgil
# args: --gil nogil
class Base:
    kind = "base"
    def method(self):
        return "Base.method"

class Point(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
names = ["x", "y", "kind", "method", "missing"]
for round_ in range(3):
    for n in names:
        v = getattr(p, n, "<none>")
        print(round_, n, hasattr(p, n), v() if callable(v) else v)
    if round_ == 0:
        Base.kind = "changed"          # a plain value replaced: no new version
        Point.missing = [1, 2]        # a new name on the subclass
    elif round_ == 1:
        Base.method = lambda self: "lambda"   # a function replaced
        del Point.missing
        p.kind = "own"                 # an instance attribute shadows the class's

for i in range(4):
    setattr(p, "z", i)
    print(getattr(p, "z"), hasattr(p, "z"), len(p.__dict__), sorted(p.__dict__))
delattr(p, "z")
print(hasattr(p, "z"), getattr(p, "z", None))
try:
    getattr(p, "z")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(p, "z")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(p, None, 1)
except TypeError as e:
    print("TypeError", e)
try:
    hasattr(p, b"x")
except TypeError as e:
    print("TypeError", e)
# A name built at run time (not interned) and a one-character str from indexing.
name = "".join(["x", "x"])
setattr(p, name, "built")
print(getattr(p, name), getattr(p, "xx"), "xx" in p.__dict__)
setattr(p, "xyz"[2], "indexed")
print(p.z, getattr(p, "xyz"[2]))

# Class attributes through an instance, the class changed between reads.
class Config:
    debug = False
    level = 3
cfg = Config()
t = 0
for i in range(6):
    t += getattr(cfg, "level") + cfg.level
    if i == 2:
        Config.level = 10
    if i == 4:
        cfg.level = 100
print(t, cfg.level, Config.level, getattr(Config, "level"))
del cfg.level
print(getattr(cfg, "level"), hasattr(cfg, "debug"), getattr(cfg, "debug"))

# __getattr__ added to the class after misses were cached, then removed.
class Late:
    pass
obj = Late()
print(hasattr(obj, "anything"), getattr(obj, "anything", "default"))
Late.__getattr__ = lambda self, name: "hooked " + name
print(hasattr(obj, "anything"), getattr(obj, "anything", "default"), obj.other)
del Late.__getattr__
print(hasattr(obj, "anything"), getattr(obj, "anything", "default"))

# __setattr__ and __delattr__ added later, on a base.
class Root:
    pass
class Leaf(Root):
    pass
leaf = Leaf()
setattr(leaf, "a", 1)
def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value * 2)
Root.__setattr__ = logging_setattr
setattr(leaf, "a", 2)
leaf.b = 3
print(leaf.a, leaf.b)
Root.__delattr__ = lambda self, name: print("del", name)
delattr(leaf, "a")
del Root.__setattr__
del Root.__delattr__
setattr(leaf, "a", 5)
delattr(leaf, "b")
print(leaf.a, hasattr(leaf, "b"))

# A __getattr__ raising something other than AttributeError propagates from hasattr.
class Raising:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Raising(), "q")
except KeyError as e:
    print("KeyError", e)

# Properties with setters and deleters through getattr/setattr/delattr.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def readonly(self):
        return "ro"
t = Temp()
setattr(t, "celsius", 25)
print(getattr(t, "celsius"), hasattr(t, "celsius"))
delattr(t, "celsius")
print(t.celsius)
try:
    setattr(t, "readonly", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(t, "readonly")
except AttributeError as e:
    print("AttributeError", e)

# __slots__: setattr on an unknown name, getattr of an unset slot.
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
setattr(s, "a", 1)
print(getattr(s, "a"), hasattr(s, "b"), getattr(s, "b", "unset"))
try:
    setattr(s, "c", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(s, "b")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(s, "b")
except AttributeError as e:
    print("AttributeError", e)

# A method replaced on the instance.
class HasMethod:
    def m(self):
        return "class m"
h = HasMethod()
print(getattr(h, "m")())
h.m = lambda: "instance m"
print(getattr(h, "m")(), h.m(), hasattr(h, "m"))
# getattr on a class and on builtin values.
print(getattr(Point, "kind"), getattr(Point, "method")(p), hasattr(Point, "x"))
print(getattr([], "append") is not None, hasattr(3, "real"), getattr("ab", "upper")())
try:
    getattr(Point, "nothing")
except AttributeError as e:
    print("AttributeError", e)

# expect: 0 x True 1
# expect: 0 y True 2
# expect: 0 kind True base
# expect: 0 method True Base.method
# expect: 0 missing False <none>
# expect: 1 x True 1
# expect: 1 y True 2
# expect: 1 kind True changed
# expect: 1 method True Base.method
# expect: 1 missing True [1, 2]
# expect: 2 x True 1
# expect: 2 y True 2
# expect: 2 kind True own
# expect: 2 method True lambda
# expect: 2 missing False <none>
# expect: 0 True 4 ['kind', 'x', 'y', 'z']
# expect: 1 True 4 ['kind', 'x', 'y', 'z']
# expect: 2 True 4 ['kind', 'x', 'y', 'z']
# expect: 3 True 4 ['kind', 'x', 'y', 'z']
# expect: False None
# expect: AttributeError 'Point' object has no attribute 'z'
# expect: AttributeError 'Point' object has no attribute 'z'
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError attribute name must be string, not 'NoneType'
# expect: TypeError attribute name must be string, not 'bytes'
# expect: built built True
# expect: indexed indexed
# expect: 258 100 10 10
# expect: 10 True False
# expect: False default
# expect: True hooked anything hooked other
# expect: False default
# expect: set a 2
# expect: set b 3
# expect: 4 6
# expect: del a
# expect: 5 False
# expect: KeyError 'q'
# expect: 25 True
# expect: deleting
# expect: None
# expect: AttributeError property 'readonly' of 'Temp' object has no setter
# expect: AttributeError property 'readonly' of 'Temp' object has no deleter
# expect: 1 False unset
# expect: AttributeError 'Slotted' object has no attribute 'c'
# expect: AttributeError 'Slotted' object has no attribute 'b'
# expect: AttributeError b
# expect: class m
# expect: instance m instance m True
# expect: changed lambda False
# expect: True True AB
# expect: AttributeError type object 'Point' has no attribute 'nothing'
