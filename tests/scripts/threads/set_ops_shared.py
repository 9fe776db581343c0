# One thread computes set operations on two sets while others add and remove keys of both: the
# operations read each operand under its own lock (free-threaded) and must neither crash nor lose
# the keys that stay in both sets throughout.
# args: --gil newgil
# args: --gil nogil
import threading

ROUNDS = 400
STABLE = set(range(20)) | {(1, 2), (3, 4), "a", "b"}
left = set(STABLE) | {100, 101}
right = set(STABLE) | {200, (5, 6)}
bad = []
start = threading.Barrier(3)


def writer(target, base):
    start.wait()
    for r in range(ROUNDS * 3):
        k = base + r % 30
        target.add(k)
        target.add((k, r % 3))
        target.discard(k)
        target.discard((k, (r + 1) % 3))
        if r % 50 == 0:
            target.update(range(base + 40, base + 50))
            target.difference_update(range(base + 40, base + 50))


def computer():
    start.wait()
    for r in range(ROUNDS):
        u = left | right
        i = left & right
        d = left - right
        x = left ^ right
        if not STABLE <= u or not STABLE <= i or STABLE & d or STABLE & x:
            bad.append(("ops", r))
        if not (STABLE <= left and right >= STABLE and not STABLE.isdisjoint(left)):
            bad.append(("compare", r))
        f = frozenset(left)
        if hash(f) != hash(frozenset(f)) or not STABLE <= f:
            bad.append(("frozen", r))
        c = set(left)
        c |= right
        c &= STABLE
        if c != STABLE:
            bad.append(("in place", r))


threads = [threading.Thread(target=writer, args=(left, 1000)),
           threading.Thread(target=writer, args=(right, 2000)),
           threading.Thread(target=computer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bad, sorted(k for k in left if isinstance(k, int) and k < 1000), len(left & STABLE))

# expect: [] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100, 101] 24
