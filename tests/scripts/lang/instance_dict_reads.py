# p.__dict__ read at one instruction over and over (the attribute cache's way for a name no
# class defines): the same dict each time, live, and the class's own __dict__ when it gets one.
# args: --gil newgil
# args: --gil nogil
class P:
    def __init__(self):
        self.a = 1

class Slots:
    __slots__ = ("a",)

class WithDictSlot:
    __slots__ = ("a", "__dict__")

def dict_of(o):
    return o.__dict__

p = P()
first = dict_of(p)
for i in range(3):
    d = dict_of(p)
    d["k%d" % i] = i
    print(d is first, len(d), sorted(d), p.k0)
q = P()
print(dict_of(q), dict_of(p) is dict_of(q))
w = WithDictSlot()
w.a = 1
w.b = 2
print(dict_of(w))
for o in (Slots(), 5, "s"):
    try:
        dict_of(o)
    except AttributeError as e:
        print("AttributeError", e)
# A subclass whose own __dict__ is a property.
class Fake(P):
    @property
    def __dict__(self):
        return {"fake": True}
for o in (Fake(), p):
    print(sorted(dict_of(o)))
# __getattr__ is not asked for __dict__.
class Hooked:
    def __getattr__(self, name):
        return "hook " + name
h = Hooked()
h.x = 1
for _ in range(2):
    print(dict_of(h), h.y)

# expect: True 2 ['a', 'k0'] 0
# expect: True 3 ['a', 'k0', 'k1'] 0
# expect: True 4 ['a', 'k0', 'k1', 'k2'] 0
# expect: {'a': 1} False
# expect: {'b': 2}
# expect: AttributeError 'Slots' object has no attribute '__dict__'
# expect: AttributeError 'int' object has no attribute '__dict__'
# expect: AttributeError 'str' object has no attribute '__dict__'
# expect: ['fake']
# expect: ['a', 'k0', 'k1', 'k2']
# expect: {'x': 1} hook y
# expect: {'x': 1} hook y
