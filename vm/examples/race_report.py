# The classic race-condition demo: four threads each add 1 to a shared counter many times,
# first with `counter += 1` alone (a read, an add and a write: a switch between the read and
# the write loses an update), then under a lock. A report table follows, in f-strings.
#
#   gilvm --gil legacy vm/examples/race_report.py     (CPython 2's GIL: updates get lost)
#   gilvm --gil newgil vm/examples/race_report.py
# Also valid CPython, for comparison: python3 vm/examples/race_report.py
import sys
import threading
import time

THREADS = 4
PER_THREAD = 200_000
EXPECTED = THREADS * PER_THREAD

counter = 0
lock = threading.Lock()


def add_unsafely(times):
    global counter
    for _ in range(times):
        counter += 1


def add_safely(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


def run(worker):
    global counter
    counter = 0
    threads = [threading.Thread(target=worker, args=(PER_THREAD,)) for _ in range(THREADS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter, time.perf_counter() - start


print(f"{THREADS} threads x {PER_THREAD:,} increments = {EXPECTED:,} expected")
print(f"{'variant':<12}{'counter':>12}{'lost':>10}{'lost %':>8}  {'time':>8}")
for name, worker in [("no lock", add_unsafely), ("with lock", add_safely)]:
    total, seconds = run(worker)
    lost = EXPECTED - total
    mark = "✓" if lost == 0 else "✗"
    print(f"{name:<12}{total:>12,}{lost:>10,}{lost / EXPECTED:>8.1%}  {seconds:>7.3f}s {mark}")
sys.stdout.flush()
