# A tutorial program: a producer/consumer pipeline with queue.Queue, worker classes built from
# mixins, generators feeding the queue (yield from, a finally that runs when the consumer stops
# early), a lock-protected tally and f-string reports. Same lines as CPython 3.11.
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil nogil
import queue
import threading

STOP = None


class LoggingMixin:
    def log(self, message):
        with self.print_lock:
            print(f"[{self.name:>10}] {message}")


class CountingMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.handled = 0

    def count(self):
        self.handled += 1


class Worker(LoggingMixin, CountingMixin, threading.Thread):
    print_lock = threading.Lock()

    def __init__(self, name, jobs, results):
        super().__init__(name=name)
        self.jobs = jobs
        self.results = results

    def run(self):
        while True:
            job = self.jobs.get()
            if job is STOP:
                self.jobs.task_done()
                break
            self.results.put((job, sum(i * i for i in range(job))))
            self.count()
            self.jobs.task_done()


def batches(*sizes):
    for size in sizes:
        yield from range(size, 0, -1)


def numbered(items):
    try:
        for n, item in enumerate(items, 1):
            yield n, item
    finally:
        print("numbered: closed")


def main():
    jobs, results = queue.Queue(), queue.Queue()
    workers = [Worker(f"worker-{i}", jobs, results) for i in range(3)]
    for w in workers:
        w.start()
    for job in batches(4, 3):
        jobs.put(job)
    for _ in workers:
        jobs.put(STOP)
    jobs.join()
    for w in workers:
        w.join()

    collected = sorted(results.get() for _ in range(results.qsize()))
    tally = {"jobs": 0, "total": 0}
    tally_lock = threading.Lock()

    def add(value):  # nested helper over the enclosing tally
        with tally_lock:
            tally["jobs"] += 1
            tally["total"] += value

    adders = [threading.Thread(target=add, args=(v,)) for _, v in collected]
    for t in adders:
        t.start()
    for t in adders:
        t.join()
    for n, (job, value) in numbered(collected):
        print(f"{n:>2}. sum of squares below {job}: {value:>3}")
        if n == 5:
            break
    print(f"handled {sum(w.handled for w in workers)} jobs in {len(workers)} workers: {tally}")
    print(f"{'MRO':<6}| {' -> '.join(k.__name__ for k in Worker.__mro__)}")
    print(f"all alive? {any(w.is_alive() for w in workers)}; queue empty? {jobs.empty()}")


if __name__ == "__main__":
    main()
# expect:  1. sum of squares below 1:   0
# expect:  2. sum of squares below 1:   0
# expect:  3. sum of squares below 2:   1
# expect:  4. sum of squares below 2:   1
# expect:  5. sum of squares below 3:   5
# expect: numbered: closed
# expect: handled 7 jobs in 3 workers: {'jobs': 7, 'total': 26}
# expect: MRO   | Worker -> LoggingMixin -> CountingMixin -> Thread -> object
# expect: all alive? False; queue empty? True
