# fib(N) twice in sequence, then in two threads at once: what free threading buys. Under a GIL
# the threaded run takes about as long as the sequential one; under `--gil nogil` on two free
# cores it takes about half.
#
#   gilvm --gil nogil vm/examples/fib_threads.py [N]     (N defaults to 27)
#   gilvm --gil newgil vm/examples/fib_threads.py [N]
#
# Also valid CPython: python3 vm/examples/fib_threads.py [N]
import sys
import threading
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 27
start = time.perf_counter()
fib(n)
fib(n)
sequential = time.perf_counter() - start
start = time.perf_counter()
threads = [threading.Thread(target=fib, args=(n,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print("sequential %.3f s, two threads %.3f s, speed-up %.2f" % (sequential, threaded, sequential / threaded))
