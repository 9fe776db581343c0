# One attribute site over more classes than its cache has ways (each kind of attribute: an
# instance's own value, a slot, a class value, a property, a method, a namedtuple field), read by
# several threads at once, so that ways are refilled while others read them: every read must
# give that class's own answer (a way's kind and index are never paired with another fill's).
# args: --gil nogil
# args: --gil newgil
import threading
from collections import namedtuple


class Own:
    def __init__(self):
        self.a = "own"


class Slotted:
    __slots__ = ("x", "y", "a")

    def __init__(self):
        self.x = "x"
        self.y = "y"
        self.a = "slot"


class ClassValue:
    a = "class"


class Prop:
    @property
    def a(self):
        return "prop"


class Method:
    def a(self):
        return "method"


class Shadowed(ClassValue):
    def __init__(self):
        self.a = "shadow"


Field = namedtuple("Field", "z a")

objects = [Own(), Slotted(), ClassValue(), Prop(), Method(), Shadowed(), Field(0, "field")]
expected = ["own", "slot", "class", "prop", "method", "shadow", "field"]


def read(o):
    v = o.a
    return v() if callable(v) else v


wrong = []


def reader(rounds, start):
    n = len(objects)
    for r in range(rounds):
        i = (r + start) % n
        got = read(objects[i])
        if got != expected[i]:
            wrong.append((i, got))


threads = [threading.Thread(target=reader, args=(3000, k)) for k in range(4)]
for t in threads:
    t.start()
reader(3000, 5)
for t in threads:
    t.join()
print("wrong reads:", wrong[:5])
print([read(o) for o in objects])

# expect: wrong reads: []
# expect: ['own', 'slot', 'class', 'prop', 'method', 'shadow', 'field']
