# Threads import the modules written in Python at the same moment, each running the module's
# code if it gets there first: every thread must end with the same module object, and use it.
# args: --gil newgil
# args: --gil nogil
# args: --gil legacy
import threading

results = {}
start = threading.Barrier(4)

def worker(n):
    start.wait()
    import collections
    import random
    from itertools import permutations
    from functools import reduce
    d = collections.deque(range(n))
    d.rotate(1)
    r = random.Random(n)
    results[n] = (collections, random, d[0], len(list(permutations(range(5)))),
                  reduce(lambda a, b: a + b, range(n + 1)), r.randint(0, 10 ** 6))

threads = [threading.Thread(target=worker, args=(n,)) for n in (5, 6, 7, 8)]
for t in threads:
    t.start()
for t in threads:
    t.join()

import collections
import random
print(all(results[n][0] is collections and results[n][1] is random for n in results))  # expect: True
print([results[n][2:5] for n in sorted(results)])  # expect: [(4, 120, 15), (5, 120, 21), (6, 120, 28), (7, 120, 36)]
from random import Random
print([results[n][5] == Random(n).randint(0, 10 ** 6) for n in sorted(results)])  # expect: [True, True, True, True]
