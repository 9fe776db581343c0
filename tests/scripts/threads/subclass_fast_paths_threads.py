# Threads sharing instances of dict subclasses without overrides of the operations (a Counter, a
# user dict with __missing__ only, an OrderedDict popped from the front by every thread at once)
# and calling methods through super() chains: each item is popped once, each count is kept.
# args: --gil newgil
# args: --gil nogil
import threading
from collections import Counter, OrderedDict


class Tally(dict):
    def __missing__(self, key):
        return 0


class Base:
    def __init__(self, n):
        self.n = n

    def weight(self):
        return self.n


class Left(Base):
    def __init__(self, n):
        super().__init__(n + 1)

    def weight(self):
        return super().weight() * 2


class Right(Base):
    def weight(self):
        return super().weight() + 3


class Both(Left, Right):
    def weight(self):
        return super().weight() - 1


queue = OrderedDict((i, i * i) for i in range(4000))
counts = Counter()
tally = Tally()
lock = threading.Lock()
popped = [[] for _ in range(4)]
weights = [0] * 4


def work(t):
    mine = popped[t]
    while True:
        try:
            key, value = queue.popitem(last=False)
        except KeyError:
            break
        mine.append((key, value))
    total = 0
    for i in range(2000):
        total += Both(i).weight() + Left(i).weight()
        with lock:
            counts[i % 7] += 1
            tally[i % 5] += 1
        if i % 100 == 0 and "x" in tally:
            total = -1
    weights[t] = total


threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
every = sorted(p for part in popped for p in part)
print(len(every), every == [(i, i * i) for i in range(4000)], len(queue))
print(all(part == sorted(part) for part in popped))
print(sorted(counts.items()), sorted(tally.items()), len(set(weights)), weights[0])

# expect: 4000 True 0
# expect: True
# expect: [(0, 1144), (1, 1144), (2, 1144), (3, 1144), (4, 1144), (5, 1140), (6, 1140)] [(0, 1600), (1, 1600), (2, 1600), (3, 1600), (4, 1600)] 1 8014000
