# One site reads and writes `v` on instances of classes that keep it at different places among
# their names (some with a dict after a __class__ assignment), from several threads, while ways
# are refilled: each read finds its own instance's value (the free-threaded ways remember where
# `v` lies). (No __class__ assignment while the threads run: under nogil that races with their
# reads of the instance's class, a known data race left open.)
# args: --gil nogil
# args: --gil newgil
import threading

class A:
    def __init__(self, n):
        self.v = n
        self.w = -n

class B:
    def __init__(self, n):
        self.w = -n
        self.u = 0
        self.v = n

class C(A):
    pass

def read_all(items, rounds, errors):
    for _ in range(rounds):
        for obj in items:
            expect = obj.w
            got = obj.v
            if got != -expect:
                errors.append((type(obj).__name__, got, expect))
            obj.v = got          # stores through the same ways
            obj.w = -got

objs = [A(1), B(2), C(3), A(4), B(5), C(6), A(7), C(8)]
for o in objs[6:]:
    o.__class__ = C if type(o) is A else A   # makes a dict: the values' places go
errors = []
threads = [threading.Thread(target=read_all, args=(objs, 3000, errors)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors[:3], len(errors))
print(sorted((type(o).__name__, o.v, o.w) for o in objs))

# expect: [] 0
# expect: [('A', 1, -1), ('A', 4, -4), ('A', 8, -8), ('B', 2, -2), ('B', 5, -5), ('C', 3, -3), ('C', 6, -6), ('C', 7, -7)]
