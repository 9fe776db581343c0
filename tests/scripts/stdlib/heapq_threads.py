# args: --gil newgil
# args: --gil nogil
# Threads pushing onto and popping from one heap at once (heapq's native functions take the
# list's lock when free-threaded): every item comes out once, and the heap stays a heap.
import heapq
import threading

heap = []
popped = []
popped_lock = threading.Lock()


def pusher(base):
    for i in range(3000):
        heapq.heappush(heap, (i * 7919 + base) % 100003)


def popper():
    mine = []
    for _ in range(2000):
        try:
            mine.append(heapq.heappop(heap))
        except IndexError:
            pass
    with popped_lock:
        popped.extend(mine)


threads = [threading.Thread(target=pusher, args=(b,)) for b in range(4)]
threads += [threading.Thread(target=popper) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(heap) + len(popped))  # expect: 12000
print(all(heap[(i - 1) >> 1] <= heap[i] for i in range(1, len(heap))))  # expect: True
rest = [heapq.heappop(heap) for _ in range(len(heap))]
print(rest == sorted(rest), sorted(popped + rest) == sorted((i * 7919 + b) % 100003 for b in range(4) for i in range(3000)))  # expect: True True


# Tuples with a script object inside, whose comparisons (which may run __lt__) let go of the
# list's lock: a heap per thread, and a shared one under a threading.Lock.
class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


shared = []
shared_lock = threading.Lock()
results = {}


def mixed(base):
    own = []
    for i in range(500):
        heapq.heappush(own, (i % 7, Item(i + base)))
        with shared_lock:
            heapq.heappush(shared, (i % 7, Item(i + base)))
        if i % 3 == 0:
            heapq.heappop(own)
            with shared_lock:
                heapq.heappop(shared)
    results[base] = [(p, item.v) for p, item in (heapq.heappop(own) for _ in range(len(own)))]


threads = [threading.Thread(target=mixed, args=(b * 1000,)) for b in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), [len(results[b * 1000]) for b in range(4)])  # expect: 1332 [333, 333, 333, 333]
print([results[b * 1000] == sorted(results[b * 1000]) for b in range(4)], results[0][:3])  # expect: [True, True, True, True] [(1, 498), (2, 170), (2, 177)]
out = [heapq.heappop(shared) for _ in range(len(shared))]
print(all(a[0] <= b[0] for a, b in zip(out, out[1:])))  # expect: True
