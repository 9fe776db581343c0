# Threads test membership in, read and write the same set and dict at once: the in-line paths
# of `k in s`, `k not in s`, `d[k]`, `d[k] = v` and `d.get(k)` (a lock that is taken makes them
# take the general path, under nogil). Keys that are always there must always be found, keys
# never added never, and every value read must be one some writer stored.
# args: --gil newgil
# args: --gil nogil
import threading

ROUNDS = 3000
WRITERS = 2
READERS = 2
STABLE = ["k%d" % i for i in range(40)] + list(range(40))
NEVER = ["n%d" % i for i in range(10)] + list(range(1000, 1010))

shared_set = set(STABLE)
shared_dict = dict.fromkeys(STABLE, 0)
bad = []
start = threading.Barrier(WRITERS + READERS)


def writer(w):
    s = shared_set
    d = shared_dict
    start.wait()
    for r in range(ROUNDS):
        k = "t%d_%d" % (w, r % 50)  # other keys come and go: the tables grow and change
        s.add(k)
        d[k] = r
        s.discard(k)
        if r % 2:
            del d[k]
        key = STABLE[r % len(STABLE)]
        d[key] = r  # values replaced, the old ones freed


def reader():
    s = shared_set
    d = shared_dict
    start.wait()
    misses = 0
    for r in range(ROUNDS):
        for k in STABLE:
            if k not in s:
                misses += 1
            if k in d:
                v = d[k]
                if not isinstance(v, int) or v < 0 or v >= ROUNDS:
                    bad.append(v)
            else:
                misses += 1
            if d.get(k, -1) == -1:
                misses += 1
        for k in NEVER:
            if k in s or k in d:
                misses += 1
    if misses:
        bad.append(misses)


threads = [threading.Thread(target=writer, args=(w,)) for w in range(WRITERS)]
threads += [threading.Thread(target=reader) for _ in range(READERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bad)
print(all(k in shared_set for k in STABLE), len(shared_set), len(shared_dict) >= len(STABLE))

# Expected (CPython 3.11):
# expect: []
# expect: True 80 True
