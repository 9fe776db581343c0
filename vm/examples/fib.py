# Recursive Fibonacci: the CPU-bound workload of the convoy experiments (the echo server's
# companion thread runs this). fib(30) with fib(0) = fib(1) = 1 is 1346269.
#
#   gilvm vm/examples/fib.py [N]
#
# Prints the result, then the time it took.
import sys
import time


def fib(n):
    if n < 2:
        return 1
    return fib(n - 1) + fib(n - 2)


n = 30
if len(sys.argv) > 1:
    n = int(sys.argv[1])
start = time.perf_counter()
result = fib(n)
elapsed = time.perf_counter() - start
print(result)
print("fib(%d) took %.3f s" % (n, elapsed))
