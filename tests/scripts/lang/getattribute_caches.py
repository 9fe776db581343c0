class Counter:
    def __init__(self):
        self.count = 0
        self.value = 3
    def __getattribute__(self, name):
        if name != "count":
            c = object.__getattribute__(self, "count")
            object.__setattr__(self, "count", c + 1)
        return object.__getattribute__(self, name)
    def total(self):
        s = 0
        for _ in range(5):
            s += self.value
        return s
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "sm"

def use(c):
    r = 0
    for _ in range(4):
        r += c.value
        c.total
    return r

c = Counter()
print(use(c), c.count)
print(c.total(), c.count)
print(c.cm(), c.sm(), c.count)

class Base:
    def __getattribute__(self, name):
        return "base:" + name
class Mid(Base):
    pass
class Leaf(Mid):
    def __getattribute__(self, name):
        return "leaf:" + super().__getattribute__(name)
def f(o):
    return o.q
for o in [Mid(), Leaf(), Mid()]:
    print(f(o), getattr(o, "z"), hasattr(o, "anything"))

class Late:
    def __init__(self):
        self.a = 1
    def meth(self):
        return "meth"
class LateSub(Late):
    pass
objs = [Late(), LateSub()]
def g(o):
    return o.a, o.meth()
for o in objs:
    print(g(o))
def hook(self, name):
    if name == "a":
        return 100
    return object.__getattribute__(self, name)
Late.__getattribute__ = hook
for o in objs:
    print(g(o))
del Late.__getattribute__
for o in objs:
    print(g(o))

class Rec:
    def __getattribute__(self, name):
        return self.__dict__
r = Rec()
try:
    r.x
except RecursionError as e:
    print("RecursionError")

class Bad:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Bad().x
except KeyError as e:
    print("KE", e)
try:
    getattr(Bad(), "x", 1)
except KeyError as e:
    print("KE getattr", e)
print(type(Bad()).__name__, Bad.__getattribute__.__name__)
print(object.__getattribute__.__name__)

import threading
class Shared:
    def __init__(self):
        self.value = 2
    def __getattribute__(self, name):
        if name == "value":
            return object.__getattribute__(self, name) * 10
        return object.__getattribute__(self, name)
results = [0] * 4
def work(k):
    o = Shared()
    total = 0
    for _ in range(2000):
        total += o.value
        total += getattr(o, "value")
    results[k] = total
threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)

# expect: 12 8
# expect: 15 14
# expect: Counter sm 16
# expect: base:q base:z True
# expect: leaf:base:q leaf:base:z True
# expect: base:q base:z True
# expect: (1, 'meth')
# expect: (1, 'meth')
# expect: (100, 'meth')
# expect: (100, 'meth')
# expect: (1, 'meth')
# expect: (1, 'meth')
# expect: RecursionError
# expect: KE 'x'
# expect: KE getattr 'x'
# expect: Bad __getattribute__
# expect: __getattribute__
# expect: [80000, 80000, 80000, 80000]
