# The modules under the free-threaded VM: a module's functions and classes are shared by
# threads that use them at once (the module was imported before they start), and one
# Random shared by all of them stays consistent (its state changes under its own lock).
# args: --gil nogil
# args: --gil newgil
import threading
from collections import Counter, defaultdict, deque, namedtuple
from itertools import combinations, product
from functools import lru_cache, partial
import random

Pair = namedtuple("Pair", "a b")

@lru_cache(maxsize=None)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)

shared = random.Random(2024)
out = [None] * 4

def worker(i):
    c = Counter()
    groups = defaultdict(list)
    q = deque(maxlen=10)
    for a, b in combinations(range(12), 2):
        c[(a + b) % 5] += 1
        groups[a % 3].append(Pair(a, b))
        q.append(b)
    total = sum(x * y for x, y in product(range(20), repeat=2))
    draws = [shared.random() for _ in range(2000)]
    out[i] = (sorted(c.items()), len(groups[0]), list(q), total, ways(60),
              partial(pow, 2)(10), all(0.0 <= v < 1.0 for v in draws))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(o == out[0] for o in out))  # expect: True
print(out[0][0], out[0][1], out[0][3], out[0][4], out[0][5], out[0][6])  # expect: [(0, 13), (1, 14), (2, 13), (3, 13), (4, 13)] 26 36100 2504730781961 1024 True
print(out[0][2])  # expect: [8, 9, 10, 11, 9, 10, 11, 10, 11, 11]
# Whatever order the threads drew in, they drew the generator's first 8000 numbers: the next
# one is its 8001st.
check = random.Random(2024)
for _ in range(8000):
    check.random()
print(shared.random() == check.random())  # expect: True
