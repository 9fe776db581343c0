# A CPU-bound worker beside I/O-bound workers, as GIL tutorials show it: while one thread
# computes, the others sleep (a blocking call that releases the GIL), so the sleeps overlap
# the computation and the whole run takes about as long as the longest part, not the sum.
# The report uses f-strings; the big numbers are Python ints of any size.
#
#   gilvm --gil newgil vm/examples/cpu_and_io.py
#   gilvm --gil legacy vm/examples/cpu_and_io.py
# Also valid CPython, for comparison: python3 vm/examples/cpu_and_io.py
import threading
import time

results = {}


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def cpu_worker(n):
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i * i
    results["sum of squares"] = total
    results["fib(200)"] = fibonacci(200)
    results["cpu seconds"] = time.perf_counter() - start


def io_worker(name, delay):
    start = time.perf_counter()
    time.sleep(delay)
    results[name] = time.perf_counter() - start


start = time.perf_counter()
threads = [threading.Thread(target=cpu_worker, args=(1_000_000,))]
for i, delay in enumerate([0.2, 0.3]):
    threads.append(threading.Thread(target=io_worker, args=(f"io-{i}", delay)))
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start

print(f"{'sum of squares':<16}{results['sum of squares']:>30,}")
print(f"{'fib(200)':<16}{results['fib(200)']:>50}")
print(f"{'digits':<16}{len(str(results['fib(200)'])):>30}")
print("✓ all workers finished")
print(f"cpu: {results['cpu seconds']:.3f} s, io-0: {results['io-0']:.3f} s, io-1: {results['io-1']:.3f} s")
parts = results["cpu seconds"] + results["io-0"] + results["io-1"]
print(f"elapsed: {elapsed:.3f} s for {parts:.3f} s of work ({parts / elapsed:.1f}x overlap)")
