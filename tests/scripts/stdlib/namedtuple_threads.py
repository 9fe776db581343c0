# namedtuples shared between threads: fields read, instances made, compared and hashed by four
# threads at once over the same objects and class, under a GIL and free-threaded.
# args: --gil newgil
# args: --gil nogil
import threading
from collections import namedtuple

P = namedtuple("P", "x y")
shared = [P(i, i * 2) for i in range(2000)]
results = [None] * 4


def work(k):
    total = 0
    made = []
    for _ in range(20):
        for p in shared:
            total += p.x + p.y
            a, b = p
            total += a - b + p[1]
        made.append(P(k, total))
    counts = {}
    for p in shared:
        counts[p] = counts.get(p, 0) + 1
    ordered = sorted(shared[:50], key=lambda p: (-p.y, p.x))
    results[k] = (total, len(counts), counts[(3, 6)], ordered[0], made[-1].x, P._make([k, k]) == (k, k))


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in results:
    print(r)
print(shared[5], shared[5] == (5, 10), isinstance(shared[5], tuple))

# expect: (159920000, 2000, 1, P(x=49, y=98), 0, True)
# expect: (159920000, 2000, 1, P(x=49, y=98), 1, True)
# expect: (159920000, 2000, 1, P(x=49, y=98), 2, True)
# expect: (159920000, 2000, 1, P(x=49, y=98), 3, True)
# expect: P(x=5, y=10) True True
