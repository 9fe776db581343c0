# A tutorial-style pipeline: worker threads each run a chain of generators over their share of
# the input, a small class collects the results under a lock; a decorator counts the calls.
# The generators, closures and instances are shared by threads under every design.
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
# args: --gil newgil --switch-interval 1us
import threading


def counted(func):
    calls = 0
    lock = threading.Lock()

    def wrapper(*args, **kwargs):
        nonlocal calls
        with lock:
            calls += 1
        return func(*args, **kwargs)

    def call_count():
        return calls

    wrapper.calls = call_count
    return wrapper


def numbers(start, stop):
    for n in range(start, stop):
        yield n


def only(predicate, items):
    for item in items:
        if predicate(item):
            yield item


@counted
def square(n):
    return n * n


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.totals = {}

    def add(self, name, value):
        with self.lock:
            self.totals[name] = self.totals.get(name, 0) + value

    def __len__(self):
        return len(self.totals)


results = Results()


def worker(name, start, stop):
    evens = only(lambda n: n % 2 == 0, numbers(start, stop))
    results.add(name, sum(square(n) for n in evens))
    results.add("all", sum(1 for _ in only(lambda n: n % 3 == 0, numbers(start, stop))))


threads = [threading.Thread(target=worker, args=("w%d" % i, i * 1000, (i + 1) * 1000)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), results.totals["all"], square.calls())  # expect: 5 1334 2000
print(results.totals["w0"], results.totals["w3"])  # expect: 166167000 6163167000
print(sum(results.totals[k] for k in ["w0", "w1", "w2", "w3"]) == sum(n * n for n in range(0, 4000, 2)))  # expect: True
