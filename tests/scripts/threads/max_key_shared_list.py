# max() and min() with a key over a list that other threads grow and shrink meanwhile (each item
# read by index, free-threaded under the list's lock), and over tuples (read as they lie): every
# result is an item some list held, never a torn or freed one; sum, any, all and set of tuples.
# args: --gil nogil
# args: --gil newgil
import threading

shared = [i * 7 % 101 for i in range(50)]
stop = []
bad = []
counts = [0] * 3


def mutator(me):
    i = 0
    while not stop:
        i += 1
        shared.append(i % 101)
        if len(shared) > 60:
            shared.pop()
        if i % 5 == 0:
            shared.insert(0, (i * 3) % 101)
            del shared[0]


def reader(me):
    t = tuple(range(100))
    while not stop or counts[me] < 30:
        m = max(shared, key=lambda v: v % 97)
        n = min(shared, key=lambda v: -v)
        if not (0 <= m <= 100 and 0 <= n <= 100):
            bad.append((m, n))
        if max(shared) > 100 or min(shared) < 0:
            bad.append("plain")
        if max(t, key=lambda v: v % 50) != 49 or min(t, key=lambda v: -v) != 99:
            bad.append("tuple")
        if sum(t) != 4950 or not all(t[1:]) or not any(t) or len(set(t)) != 100:
            bad.append("tuple ops")
        counts[me] += 1


mutators = [threading.Thread(target=mutator, args=(i,)) for i in range(2)]
readers = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
for t in mutators + readers:
    t.start()
while min(counts) < 30:
    pass
stop.append(True)
for t in mutators + readers:
    t.join()
print(bad)


class Key:
    def __init__(self):
        self.calls = 0

    def __call__(self, v):
        self.calls += 1
        return v


# A key function that takes items out of the list it is asked about (CPython reads by index too).
items = [5, 1, 9, 3, 7]
def shrinking(v):
    if items:
        items.pop()
    return v
print(max(items, key=shrinking), items)
k = Key()
print(max((3, 8, 2), key=k), k.calls, min([4, 2, 6], key=lambda v: v), max([], key=k, default="d"))
print(max([(1, "b"), (1, "a"), (0, "c")], key=lambda p: p[0]))

# expect: []
# expect: 9 [5, 1]
# expect: 8 3 2 d
# expect: (1, 'b')
