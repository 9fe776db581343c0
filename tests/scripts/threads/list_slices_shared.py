# Threads slicing one list and storing equal-length slices into it (the swap of a temporary,
# self-assignment, extended slices), with list(x) and x.copy(): each operation whole under the
# list's lock in free-threaded mode, so the length never changes and every item is an int of
# the list.
# args: --gil newgil
# args: --gil nogil
import threading

shared = list(range(64))
bad = []


def worker(seed):
    for i in range(1500):
        k = (i * 7 + seed) % 63 + 1
        shared[:k + 1] = shared[k::-1]
        part = shared[seed % 5::3]
        shared[seed % 5::3] = part[::-1]
        copy = shared[:] if i % 3 == 0 else (list(shared) if i % 3 == 1 else shared.copy())
        if len(copy) != 64 or len(part) != len(range(seed % 5, 64, 3)):
            bad.append((len(copy), len(part)))
        shared[:] = shared
        shared[::-1] = shared
        other = [x for x in copy[::2]]
        other[:4] = copy[4:8]
        if len(other) != 32:
            bad.append(len(other))


threads = [threading.Thread(target=worker, args=(s,)) for s in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), all(isinstance(x, int) and 0 <= x < 64 for x in shared), bad)  # expect: 64 True []
