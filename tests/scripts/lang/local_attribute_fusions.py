# A local's attribute read and written (LOAD_LOCAL_LOAD_ATTR, LOAD_LOCAL_STORE_ATTR) and
# `local.attr += v` (the local loaded again to store): hits on instances, slots, class
# attributes, properties, modules, classes, namedtuples; misses, unbound locals, hooks.
# args: --gil newgil
# args: --gil nogil
# args: --gil legacy
import math
import threading
from collections import namedtuple

class P:
    kind = "P"
    def __init__(self, x, y):
        self.x = x
        self.y = y

class S:
    __slots__ = ("a", "b")

class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value

class Hooked:
    def __getattr__(self, name):
        return 10
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

Pair = namedtuple("Pair", "left right")

def reads(p, s, pr, pair, cls, mod, n):
    total = 0
    for i in range(n):
        total += p.x + p.y + s.a + pr.v + pair.left + len(cls.kind) + int(mod.pi) + len(p.kind)
    return total

def writes(p, s, n):
    for i in range(n):
        p.x = i
        s.b = i * 2
        p.y += p.x
        s.a += 1
    return p.x, p.y, s.a, s.b

p = P(1, 2)
s = S()
s.a = 5
print(reads(p, s, Prop(), Pair(3, 4), P, math, 3))
print(writes(p, s, 4))
print(p.x, p.y, s.a, s.b)

def aug_order(p):
    def bump():
        p.x = 100
        return 1
    p.x += bump()   # p.x read before bump() runs: the old value plus one
    return p.x
print(aug_order(P(1, 2)))

def aug_special(pr, h):
    pr.v += 5
    h.count += 1     # __getattr__ gives 10, __setattr__ sees 11
    h.count += 1     # now its own attribute
    return pr.v, h.count
print(aug_special(Prop(), Hooked()))

def on_values(n):
    c = 3
    z = 1.5
    out = []
    for v in (c, z, "s", [1], n):
        try:
            out.append(v.real)
        except AttributeError as e:
            out.append(str(e))
    return out
print(on_values(True))

def missing(p, s):
    out = []
    try:
        p.nope
    except AttributeError as e:
        out.append(str(e))
    try:
        s.b
    except AttributeError as e:
        out.append(str(e))
    try:
        s.c = 1
    except AttributeError as e:
        out.append(str(e))
    t = (1, 2)
    try:
        t.x = 1
    except AttributeError as e:
        out.append(str(e))
    return out
print(missing(P(1, 2), S()))

def unbound(flag):
    if flag:
        q = P(1, 2)
    try:
        return q.x
    except UnboundLocalError as e:
        return str(e)

def unbound_store(flag):
    if flag:
        q = P(1, 2)
    try:
        q.x = 5
    except UnboundLocalError as e:
        return str(e)
    return q.x

def unbound_aug(flag):
    if flag:
        q = P(1, 2)
    try:
        q.x += 5
    except UnboundLocalError as e:
        return str(e)
    return q.x
print(unbound(True), unbound(False), unbound_store(True), unbound_store(False),
      unbound_aug(True), unbound_aug(False))

# The class changed under a loop of fused reads: a shadowing class attribute, a property.
def watch(p, n):
    seen = []
    for i in range(n):
        seen.append(p.kind)
        if i == 1:
            P.kind = "changed"
        if i == 2:
            p.kind = "own"
        if i == 3:
            del p.kind
    return seen
print(watch(P(0, 0), 5))

# Several classes at one site.
class Q:
    def __init__(self, x):
        self.x = x
class R(Q):
    pass
def mixed(objs):
    t = 0
    for o in objs:
        t += o.x
        o.x = t
    return t, [o.x for o in objs]
print(mixed([P(1, 2), Q(3), R(4), P(5, 6), Q(7), R(8)]))

# A loop of fused instructions beside another thread: the reads and writes count their ticks.
class Box:
    def __init__(self):
        self.done = False
        self.spins = 0
def spin(box):
    while not box.done:
        box.spins += 1
    return box.spins > 0
box = Box()
worker = threading.Thread(target=lambda: setattr(box, "done", True))
box.spins = 0
worker.start()
print(spin(box) or box.done)
worker.join()

# expect: 51
# expect: (3, 8, 9, 6)
# expect: 3 8 9 6
# expect: 2
# expect: set v 6
# expect: setattr count 11
# expect: setattr count 12
# expect: (6, 12)
# expect: [3, 1.5, "'str' object has no attribute 'real'", "'list' object has no attribute 'real'", 1]
# expect: ["'P' object has no attribute 'nope'", "'S' object has no attribute 'b'", "'S' object has no attribute 'c'", "'tuple' object has no attribute 'x'"]
# expect: 1 cannot access local variable 'q' where it is not associated with a value 5 cannot access local variable 'q' where it is not associated with a value 6 cannot access local variable 'q' where it is not associated with a value
# expect: ['P', 'P', 'changed', 'own', 'changed']
# expect: (28, [1, 4, 8, 13, 20, 28])
# expect: True
