# Threads calling one lru_cache'd function (bounded and unbounded) and one partial at once: the
# cache stays consistent (every result right, the size within maxsize, hits + misses = calls).
# args: --gil newgil
# args: --gil nogil
# timeout: 60s
import threading
from functools import lru_cache, partial


@lru_cache(maxsize=None)
def unbounded(n):
    return n * n


@lru_cache(maxsize=16)
def bounded(n, k=0):
    return n * 3 + k


def scale(factor, n):
    return factor * n


triple = partial(scale, 3)
errors = []
ROUNDS = 3000
THREADS = 4


def worker(seed):
    for i in range(ROUNDS):
        n = (i * 7 + seed) % 50
        if unbounded(n) != n * n:
            errors.append(("unbounded", n))
        if bounded(n) != n * 3 or bounded(n, k=1) != n * 3 + 1:
            errors.append(("bounded", n))
        if triple(n) != n * 3:
            errors.append(("partial", n))
        if i % 500 == 0:
            bounded.cache_info()


threads = [threading.Thread(target=worker, args=(s,)) for s in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
u, b = unbounded.cache_info(), bounded.cache_info()
print(errors)
print(u.currsize, u.hits + u.misses == THREADS * ROUNDS, u.misses >= 50)
print(b.currsize <= 16, b.hits + b.misses == 2 * THREADS * ROUNDS)
print([unbounded(n) for n in range(5)], [bounded(n) for n in range(5)])
# expect: []
# expect: 50 True True
# expect: True True
# expect: [0, 1, 4, 9, 16] [0, 3, 6, 9, 12]
