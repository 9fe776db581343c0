# Threads grouping into one defaultdict(list) at once: every item lands in its group once, also
# when several threads miss the same key together (free-threaded).
# args: --gil newgil
# args: --gil nogil
import threading
from collections import defaultdict

groups = defaultdict(list)
counts = defaultdict(int)
lock = threading.Lock()


def work(t):
    for i in range(2000):
        groups[i % 50].append((t, i))
        with lock:
            counts[i % 7] += 1


threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(groups), sum(len(v) for v in groups.values()), sorted(counts.items())[:2], sum(counts.values()))
print(all(len(set(v)) == len(v) for v in groups.values()), type(groups).__name__)

# The expected output (CPython 3.11):
# expect: 50 8000 [(0, 1144), (1, 1144)] 8000
# expect: True defaultdict
