# Four threads read attributes and call methods of shared instances (own values, class values
# through the instance, methods, slots) through the attribute caches' in-line hits while the main
# thread keeps assigning the instances' __class__ back and forth: every read sees the instance
# under one class or the other, never a mix, a stale way or a crash. Under nogil the readers run
# in parallel with the assignments (ScriptInstance::cls is read without the instance's lock).
# args: --gil nogil
# args: --gil newgil
import threading


class A:
    kind = "a"

    def __init__(self, v):
        self.v = v
        self.w = -v

    def who(self):
        return "A"


class B:
    kind = "b"

    def __init__(self, v):
        self.v = v
        self.w = -v

    def who(self):
        return "B"


class SA:
    __slots__ = ("v",)
    kind = "sa"

    def who(self):
        return "SA"


class SB:
    __slots__ = ("v",)
    kind = "sb"

    def who(self):
        return "SB"


objs = [A(i) for i in range(4)] + [B(i) for i in range(4, 8)]
slotted = []
for i in range(4):
    s = SA() if i % 2 else SB()
    s.v = i
    slotted.append(s)
errors = []
rounds = [0] * 4
stop = []


def reader(me):
    while not stop:
        for i, o in enumerate(objs):
            k = o.kind
            w = o.who()
            if (k, w) not in (("a", "A"), ("b", "B"), ("a", "B"), ("b", "A")):
                errors.append((k, w))
            if o.v != i or o.w != -i:
                errors.append((i, o.v, o.w))
        for i, s in enumerate(slotted):
            if s.v != i or s.kind not in ("sa", "sb") or s.who() not in ("SA", "SB"):
                errors.append(("slots", i))
        rounds[me] += 1


threads = [threading.Thread(target=reader, args=(me,)) for me in range(4)]
for t in threads:
    t.start()
flips = 0
# Until every reader has read through many assignments (not a time: it must overlap).
while flips < 2000 or min(rounds) < 20:
    for o in objs:
        o.__class__ = B if type(o) is A else A
    for s in slotted:
        s.__class__ = SB if type(s) is SA else SA
    flips += 1
stop.append(True)
for t in threads:
    t.join()
print(errors[:3], len(errors))
for o in objs:
    o.__class__ = A
for s in slotted:
    s.__class__ = SA
print([(o.kind, o.who(), o.v, o.w) for o in objs[:2]], all(o.__dict__ == {"v": i, "w": -i} for i, o in enumerate(objs)))
print([(s.kind, s.who(), s.v) for s in slotted])

# expect: [] 0
# expect: [('a', 'A', 0, 0), ('a', 'A', 1, -1)] True
# expect: [('sa', 'SA', 0), ('sa', 'SA', 1), ('sa', 'SA', 2), ('sa', 'SA', 3)]
