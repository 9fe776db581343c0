# Threads read, replace and add attributes of shared instances at once (under nogil, in
# parallel) while one of them makes the instances' dicts (__dict__) and writes through them: an
# instance's values, its class's shared names and the dict made from them must stay whole, every
# write seen, every replaced value freed once.
# args: --gil newgil
# args: --gil nogil
# timeout: 60s
import threading

ITERATIONS = 20000


class Shared:
    def __init__(self):
        self.a = 0
        self.b = [0]


def work(n, objs, out, start):
    name = "t" + str(n)
    total = 0
    start.wait()  # all four at once
    for i in range(ITERATIONS):
        o = objs[i % len(objs)]
        o.a = o.a + 0  # a value read and replaced
        o.b = [n]  # replaces (and frees) another thread's list
        total += len(o.b)
        if n == 0 and i % 5 == 0:
            o.__dict__["c"] = i  # the dict made while others use the values
        setattr(o, name, i)  # each thread's own name, added in any order
        total += getattr(o, name) == i
    out[n] = total


results = []
for round in range(4):
    objs = [Shared() for _ in range(16)]
    out = [0] * 4
    start = threading.Event()
    threads = [threading.Thread(target=work, args=(n, objs, out, start)) for n in range(4)]
    for t in threads:
        t.start()
    start.set()
    for t in threads:
        t.join()
    ok = out == [2 * ITERATIONS] * 4
    for i, o in enumerate(objs):
        names = sorted(vars(o))
        ok = ok and names == ["a", "b", "c", "t0", "t1", "t2", "t3"]
        last = max(j for j in range(ITERATIONS) if j % len(objs) == i)
        ok = ok and all(getattr(o, "t" + str(n)) == last for n in range(4))
        ok = ok and o.a == 0 and len(o.b) == 1 and o.c % 5 == 0
    results.append(ok)
print(results.count(True))  # expect: 4
fresh = Shared()
print(vars(fresh))  # expect: {'a': 0, 'b': [0]}
