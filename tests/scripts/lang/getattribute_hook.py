class Tracer:
    def __init__(self):
        self.x = 1
    def method(self):
        return "method"
    @property
    def prop(self):
        return "prop"
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

t = Tracer()
print(t.x)
print(t.method())
print(t.prop)
for _ in range(3):
    print(t.x, t.method())
print(getattr(t, "x"))
print(getattr(t, "nope", "dflt"))
print(hasattr(t, "x"), hasattr(t, "nope"))
try:
    t.nope
except AttributeError as e:
    print("AE", e)

class Sub(Tracer):
    pass
s = Sub()
print(s.x)

class WithGetattr:
    def __getattribute__(self, name):
        if name.startswith("a"):
            raise AttributeError(name)
        if name == "boom":
            raise ValueError("boom!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    def other(self):
        return 5
w = WithGetattr()
print(w.abc, w.other())
try:
    w.boom
except ValueError as e:
    print("VE", e)
print(getattr(w, "abc", 1), hasattr(w, "boom") if False else None)
try:
    hasattr(w, "boom")
except ValueError as e:
    print("hasattr VE", e)

class Plain:
    def __init__(self):
        self.v = 10
    def m(self):
        return "m"
p = Plain()
def read(o):
    return o.v, o.m()
for _ in range(3):
    print(read(p))
Plain.__getattribute__ = lambda self, name: "patched " + name
for _ in range(2):
    print(read(p) if False else p.v)
print(p.anything)
del Plain.__getattribute__
print(read(p))

class Dicty:
    def __init__(self):
        self.data = {"k": 1}
    def __getattribute__(self, name):
        d = object.__getattribute__(self, "__dict__")
        if name in d:
            return ("own", d[name])
        return super().__getattribute__(name)
    def __len__(self):
        return 7
    def __add__(self, other):
        return "added"
    def __iter__(self):
        return iter([1, 2])
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return False
dd = Dicty()
print(dd.data)
print(len(dd), dd + 1, list(dd))
with dd as v:
    print(v)
print(type(dd).__name__)
try:
    object.__getattribute__(dd)
except TypeError as e:
    print("TE", e)
try:
    object.__getattribute__(dd, 5)
except TypeError as e:
    print("TE", e)
try:
    object.__getattribute__(dd, "zz")
except AttributeError as e:
    print("AE", e)

class ListSub(list):
    def __getattribute__(self, name):
        if name == "extra":
            return "extra!"
        return list.__getattribute__(self, name)
ls = ListSub([1])
print(ls.extra)
ls.append(2)
print(ls)
class ListSub(list):
    def __getattribute__(self, name):
        print("get", name)
        return list.__getattribute__(self, name)
ls = ListSub([1])
def f(l):
    l.append(2)
    l.append(3)
    return l.count(2), len(l)
print(f(ls))
print(ls.copy())
class DictSub(dict):
    def __getattribute__(self, name):
        print("dget", name)
        return super().__getattribute__(name)
d = DictSub(a=1)
print(d.get("a"), d["a"], len(d))

# expect: get x
# expect: 1
# expect: get method
# expect: method
# expect: get prop
# expect: prop
# expect: get x
# expect: get method
# expect: 1 method
# expect: get x
# expect: get method
# expect: 1 method
# expect: get x
# expect: get method
# expect: 1 method
# expect: get x
# expect: 1
# expect: get nope
# expect: dflt
# expect: get x
# expect: get nope
# expect: True False
# expect: get nope
# expect: AE 'Tracer' object has no attribute 'nope'
# expect: get x
# expect: 1
# expect: fallback abc 5
# expect: VE boom!
# expect: fallback abc None
# expect: hasattr VE boom!
# expect: (10, 'm')
# expect: (10, 'm')
# expect: (10, 'm')
# expect: patched v
# expect: patched v
# expect: patched anything
# expect: (10, 'm')
# expect: ('own', {'k': 1})
# expect: 7 added [1, 2]
# expect: entered
# expect: Dicty
# expect: TE expected 1 argument, got 0
# expect: TE attribute name must be string, not 'int'
# expect: AE 'Dicty' object has no attribute 'zz'
# expect: extra!
# expect: [1, 2]
# expect: get append
# expect: get append
# expect: get count
# expect: (1, 3)
# expect: get copy
# expect: [1, 2, 3]
# expect: dget get
# expect: 1 1 1
