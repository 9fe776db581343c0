# Keys whose __eq__ uses the dict or set being searched, from four threads at once (newgil and
# nogil). Expectations are CPython 3.11's output.
# args: --gil newgil
# args: --gil nogil

import threading

# Keys whose __eq__ reads and writes the very dict and set being searched, from several threads
# at once: under nogil the container's lock is let go around a script's __eq__, so none of this
# waits on itself or on another thread.
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 4
    def __eq__(self, other):
        shared.get("probe")           # the dict being searched, read from inside its own look-up
        seen.add(self.n % 7)          # and the other container
        return isinstance(other, Key) and self.n == other.n

shared = {}
seen = set()
keys = [Key(i) for i in range(24)]
for k in keys:
    shared[k] = k.n
    seen.add(k.n % 7)

found = [0] * 4
def worker(w):
    total = 0
    for r in range(60):
        for k in keys:
            total += shared[Key(k.n)]
            if Key(k.n) in shared:
                total += 1
    found[w] = total

threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(found)
print(len(shared), sorted(seen))

class SetKey(Key):
    __hash__ = Key.__hash__
    def __eq__(self, other):
        members.add(-1)               # the set being searched, from inside its own look-up
        return isinstance(other, SetKey) and self.n == other.n

members = {-1}
for i in range(12):
    members.add(SetKey(i))
hits = [0, 0]
def set_worker(w):
    for r in range(80):
        for i in range(12):
            if SetKey(i) in members:
                hits[w] += 1
ts = [threading.Thread(target=set_worker, args=(w,)) for w in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(hits, len(members))
# expect: [18000, 18000, 18000, 18000]
# expect: 24 [0, 1, 2, 3, 4, 5, 6]
# expect: [960, 960] 13
