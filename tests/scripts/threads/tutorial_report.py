# A tutorial-style program under every GIL design: workers in threads (CPU-bound with big ints,
# I/O-bound with sleeps), a lock around shared updates, an f-string report with Unicode.
# args: --gil legacy
# args: --gil newgil
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading
import time

results = {}
lock = threading.Lock()
total = 0


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def cpu_worker(name, n):
    global total
    value = fibonacci(n)
    for _ in range(20_000):
        with lock:
            total += 1
    with lock:
        results[name] = value


def io_worker(name, delay):
    time.sleep(delay)
    with lock:
        results[name] = f"slept {delay * 1000:.0f} ms"


threads = [threading.Thread(target=cpu_worker, args=(f"cpu-{n}", n)) for n in (90, 150, 200)]
threads += [threading.Thread(target=io_worker, args=(f"io-{i}", 0.01 * (i + 1))) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    value = results[name]
    if isinstance(value, int):
        print(f"✓ {name:<7}{value:>45,}")
    else:
        print(f"✓ {name:<7}{value:>45}")
# expect: ✓ cpu-150    9,969,216,677,189,303,386,214,405,760,200
# expect: ✓ cpu-200280,571,172,992,510,140,037,611,932,413,038,677,189,525
# expect: ✓ cpu-90                     2,880,067,194,370,816,120
# expect: ✓ io-0                                     slept 10 ms
# expect: ✓ io-1                                     slept 20 ms
print(f"{total=:,} {len(results)} workers")  # expect: total=60,000 5 workers

