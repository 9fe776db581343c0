class S:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 5
    def __getattribute__(self, name):
        print("S get", name)
        return object.__getattribute__(self, name)
s = S()
print(s.a, getattr(s, "a"), hasattr(s, "b"))

class P:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattribute__(self, name):
        print("P get", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "ga " + name
p = P()
print(p.bad, p.__class__.__name__, type(p.__dict__).__name__)
print(isinstance(p, P), str(p)[:3], repr(p)[:3] == str(p)[:3])
print(p == p, hash(p) == hash(p))

class Outer:
    def __getattribute__(self, name):
        if name == "x":
            return 1
        raise AttributeError(f"no {name}")
o = Outer()
try:
    o.y
except AttributeError as e:
    print("AE", e)
print(getattr(o, "y", "d"), hasattr(o, "x"))
try:
    getattr(o, "y")
except AttributeError as e:
    print("AE2", e)
import dataclasses
@dataclasses.dataclass
class D:
    v: int
    def __getattribute__(self, name):
        if name == "w":
            return "dw"
        return super().__getattribute__(name)
dd = D(3)
print(dd, dd.v, dd.w)

# expect: S get a
# expect: S get a
# expect: S get b
# expect: 5 5 False
# expect: P get bad
# expect: P get __class__
# expect: P get __dict__
# expect: ga bad P dict
# expect: True <__ True
# expect: True True
# expect: AE no y
# expect: d True
# expect: AE2 no y
# expect: D(v=3) 3 dw
