# The classic GIL experiment (David Beazley, "Understanding the Python GIL"): a CPU-bound count
# down, once in one thread, then split over two threads. Under a GIL the two threads take at
# least as long as one; under `--gil nogil` they can take half. A decorator times each run.
#
#   gilvm --gil newgil vm/examples/timed_countdown.py [N]
#   gilvm --gil nogil vm/examples/timed_countdown.py [N]
#   python3 vm/examples/timed_countdown.py [N]
import sys
import threading
import time

timings = {}


def timed(label):
    """Decorator factory: records how long each call of the decorated function takes."""
    def decorate(func):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            result = func(*args, **kwargs)
            timings[label] = time.perf_counter() - start
            print("%-12s %.3f s" % (label + ":", timings[label]))
            return result
        return wrapper
    return decorate


def countdown(n):
    while n > 0:
        n -= 1


@timed("one thread")
def single(n):
    countdown(n)


@timed("two threads")
def threaded(n, workers=2):
    threads = [threading.Thread(target=countdown, args=(n // workers,)) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    print("counting down from %d" % n)
    single(n)
    threaded(n)
    ratio = timings["two threads"] / timings["one thread"]
    print("ratio (two threads / one thread): %.2f" % ratio)
