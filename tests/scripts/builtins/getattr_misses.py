# getattr()/hasattr() misses on script instances, repeated so that their caches serve them.
class C:
    def __init__(self):
        self.a = 1

def probe(o, name):
    return hasattr(o, name), getattr(o, name, "dflt")

o = C()
for _ in range(3):
    print(probe(o, "missing"), probe(o, "a"))
o.missing = "now own"
print(probe(o, "missing"))
del o.missing
print(probe(o, "missing"))
o.__dict__["missing"] = "via dict"
for _ in range(2):
    print(probe(o, "missing"))
try:
    getattr(C(), "missing")
except AttributeError as e:
    print("AE", e)
C.__getattr__ = lambda self, name: "hook " + name
for _ in range(2):
    print(probe(C(), "missing"))
del C.__getattr__
print(probe(C(), "missing"))
C.missing = "class value"
print(probe(C(), "missing"))
del C.missing
C.__getattribute__ = lambda self, name: "custom " + name
print(probe(C(), "missing"))
del C.__getattribute__
print(probe(C(), "missing"))

class Base:
    pass
class Sub(Base):
    pass
s = Sub()
for _ in range(2):
    print(probe(s, "x"))
Base.__getattr__ = lambda self, name: 42
print(probe(s, "x"))
Base.x = 7
del Base.__getattr__
print(probe(s, "x"))

class Slotted:
    __slots__ = ("p",)
sl = Slotted()
for _ in range(2):
    print(probe(sl, "p"), probe(sl, "q"))
sl.p = 3
print(probe(sl, "p"))

# expect: (False, 'dflt') (True, 1)
# expect: (False, 'dflt') (True, 1)
# expect: (False, 'dflt') (True, 1)
# expect: (True, 'now own')
# expect: (False, 'dflt')
# expect: (True, 'via dict')
# expect: (True, 'via dict')
# expect: AE 'C' object has no attribute 'missing'
# expect: (True, 'hook missing')
# expect: (True, 'hook missing')
# expect: (False, 'dflt')
# expect: (True, 'class value')
# expect: (True, 'custom missing')
# expect: (False, 'dflt')
# expect: (False, 'dflt')
# expect: (False, 'dflt')
# expect: (True, 42)
# expect: (True, 7)
# expect: (False, 'dflt') (False, 'dflt')
# expect: (False, 'dflt') (False, 'dflt')
# expect: (True, 3)
