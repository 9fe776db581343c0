# Two threads importing two modules that import each other, one from each end: each module's
# code runs once, and neither thread waits forever for the other (CPython's deadlock check).
# args: --gil newgil
# args: --gil nogil
import sys
import threading

barrier = threading.Barrier(2)


def importer(first):
    barrier.wait()
    if first:
        import _cross_a
    else:
        import _cross_b


threads = [threading.Thread(target=importer, args=(flag,)) for flag in (True, False)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sys.modules["_cross_a"].name, sys.modules["_cross_b"].name)  # expect: a b
