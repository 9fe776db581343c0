# Two threads run operators whose dunders are script functions (frames of the interpreter's
# own, with NotImplemented falling back) on instances they share and their own, switching
# between them under the GIL: every result is as one thread alone would make it.
# args: --gil newgil
# args: --gil nogil
# timeout: 60s
import threading


class Acc:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Acc):
            return Acc(self.v + o.v)
        return NotImplemented

    def __radd__(self, o):
        return Acc(self.v + o)

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return isinstance(o, Acc) and self.v == o.v

    def __getitem__(self, k):
        return self.v + k

    def __neg__(self):
        return Acc(-self.v)


ONE = Acc(1)
results = {}


def work(name, n):
    total = Acc(0)
    count = 0
    for i in range(n):
        total = total + ONE
        total = 0 + total
        if total < Acc(i * 2 + 2):
            count += 1
        if total == Acc(i + 1):
            count += 1
        count += total[0] - total.v
        total = -(-total)
    results[name] = (total.v, count)


threads = [threading.Thread(target=work, args=("t%d" % k, 20000)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
# expect: [('t0', (20000, 40000)), ('t1', (20000, 40000))]
