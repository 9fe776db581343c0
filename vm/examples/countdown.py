# Two CPU-bound threads versus the same work done sequentially: David Beazley's GIL experiment.
# Each count is a loop that decrements a local from N to 0 (N from the command line, default
# 5_000_000). Under a GIL the two threads cannot run in parallel, so at best they take as long
# as the sequential run; the CPython 2 lock often makes them slower on several cores (the
# "GIL battle"), the CPython 3 lock keeps them about equal.
#
#   gilvm --gil legacy vm/examples/countdown.py [N]
#   gilvm --gil newgil vm/examples/countdown.py [N]
#
# Prints "sequential: S s", "threaded: T s" and "ratio: T/S" (scripts/run.sh parses these).
# Also valid CPython, for comparison: python3 vm/examples/countdown.py [N]
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


N = 5_000_000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

print("countdown: two counts from %d" % N)

start = time.perf_counter()
count(N)
count(N)
sequential = time.perf_counter() - start
print("sequential: %.3f s" % sequential)

t1 = threading.Thread(target=count, args=(N,))
t2 = threading.Thread(target=count, args=(N,))
start = time.perf_counter()
t1.start()
t2.start()
t1.join()
t2.join()
threaded = time.perf_counter() - start
print("threaded: %.3f s" % threaded)

if sequential > 0:
    print("ratio: %.2f" % (threaded / sequential))
else:
    print("ratio: n/a")
