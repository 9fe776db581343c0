# args: --gil newgil
# args: --gil nogil
# Threads inserting into one sorted list at once with insort (a list of ints is searched and
# changed under one hold of its lock when free-threaded): the list stays sorted and complete.
import bisect
import threading

shared = []


def worker(base):
    for i in range(2000):
        bisect.insort(shared, (i * 7919 + base) % 100003)
        if i % 5 == 0:
            bisect.bisect_left(shared, i)


threads = [threading.Thread(target=worker, args=(b,)) for b in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), shared == sorted(shared))  # expect: 8000 True
print(shared == sorted((i * 7919 + b) % 100003 for b in range(4) for i in range(2000)))  # expect: True
