# Threads sharing one iterator (workers pulling from a common `iter(tasks)`): every item goes to
# exactly one thread, whole, for each kind of iterator; an enumerate's numbers stay with their
# items and a zip's rows stay rows. Under nogil the threads really run at once.
# args: --gil newgil
# args: --gil nogil
import threading


def share(make, n=6000, workers=4):
    it = make(n)
    got = [[] for _ in range(workers)]

    def worker(k):
        for x in it:
            got[k].append(x)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [x for g in got for x in g]
    return len(every), len(set(every))


print(share(lambda n: iter(range(n))))  # expect: (6000, 6000)
print(share(lambda n: iter(range(n, 0, -3))))  # expect: (2000, 2000)
print(share(lambda n: iter(tuple(range(n)))))  # expect: (6000, 6000)
print(share(lambda n: iter(list(range(n)))))  # expect: (6000, 6000)
print(share(lambda n: iter("".join(chr(0x4e00 + i % 900) for i in range(n)))))  # expect: (6000, 900)
print(share(lambda n: iter("ab" * (n // 2))))  # expect: (6000, 2)
print(share(lambda n: iter(bytes(range(256)) * (n // 256))))  # expect: (5888, 256)
print(share(lambda n: enumerate(range(100, 100 + n))))  # expect: (6000, 6000)


def rows_kept(it, offset):
    pairs = []

    def worker():
        for a, b in it:
            pairs.append(a + offset == b)

    threads = [threading.Thread(target=worker) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(pairs), all(pairs)


print(rows_kept(enumerate(range(100, 6100)), 100))  # expect: (6000, True)
print(rows_kept(zip(range(6000), range(6000)), 0))  # expect: (6000, True)
print(share(lambda n: reversed(tuple(range(n)))))  # expect: (6000, 6000)
print(share(lambda n: reversed(list(range(n)))))  # expect: (6000, 6000)
print(share(lambda n: iter(dict.fromkeys(range(n)))))  # expect: (6000, 6000)
print(share(lambda n: map(abs, range(-n, 0))))  # expect: (6000, 6000)
