# OrderedDict.popitem(last=False) as an LRU cache and a FIFO use it: many removals at the front
# (the holes they leave are dropped as they pile up), interleaved with move_to_end, insertions,
# deletions in the middle, clear(), and iteration in order afterwards.
# args: --gil newgil
# args: --gil nogil
from collections import OrderedDict

fifo = OrderedDict()
popped = []
for i in range(300):
    fifo[i] = i * i
    if i % 3 == 0:
        fifo.move_to_end(i // 2) if (i // 2) in fifo else None
    if len(fifo) > 20:
        popped.append(fifo.popitem(last=False))
    if i % 17 == 0 and (i - 5) in fifo:
        del fifo[i - 5]
print(len(fifo), list(fifo.items())[:5], list(fifo)[-3:])
print(popped[:4], popped[-4:], len(popped))

# Emptied from the front entirely, then refilled: the order is the new insertion order.
q = OrderedDict((k, k) for k in range(50))
print([q.popitem(last=False)[0] for _ in range(50)], len(q))
try:
    q.popitem(last=False)
except KeyError as e:
    print("KeyError", e)
for k in "abc":
    q[k] = k.upper()
print(q.popitem(last=False), q.popitem(), list(q))

# The last entry removed after front removals: what follows comes after.
q = OrderedDict((k, None) for k in range(30))
for _ in range(25):
    q.popitem(last=False)
q.popitem()
q.popitem()
q[100] = 1
q[101] = 2
print(list(q), q.popitem(last=False), list(q))

# An LRU cache.
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k in self.data:
            self.data.move_to_end(k)
            return self.data[k]
        return None
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
c = LRU(10)
hits = 0
for i in range(2000):
    k = (i * 31) % 23
    if c.get(k) is None:
        c.put(k, i)
    else:
        hits += 1
print(hits, list(c.data.items()))
q.clear()
q["x"] = 1
print(q.popitem(last=False), len(q))

# expect: 20 [(279, 77841), (280, 78400), (281, 78961), (282, 79524), (283, 80089)] [297, 298, 299]
# expect: [(0, 0), (2, 4), (1, 1), (5, 25)] [(275, 75625), (276, 76176), (277, 76729), (278, 77284)] 263
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49] 0
# expect: KeyError 'dictionary is empty'
# expect: ('a', 'A') ('c', 'C') ['b']
# expect: [25, 26, 27, 100, 101] (25, None) [26, 27, 100, 101]
# expect: 0 [(4, 1990), (12, 1991), (20, 1992), (5, 1993), (13, 1994), (21, 1995), (6, 1996), (14, 1997), (22, 1998), (7, 1999)]
# expect: ('x', 1) 0
