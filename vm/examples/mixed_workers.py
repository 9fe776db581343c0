# Mixed CPU-bound and I/O-bound workers, as GIL tutorials compare them: the same jobs run one
# after another, then in threads. Sleeping (I/O) workers overlap under any GIL because a
# blocking call releases it; CPU workers only overlap under `--gil nogil`. A counter shared by
# all workers shows the race of an unlocked `+=` next to the locked one.
#
#   gilvm --gil newgil vm/examples/mixed_workers.py
#   gilvm --gil nogil vm/examples/mixed_workers.py
#   python3 vm/examples/mixed_workers.py
import threading
import time


class Timed:
    """Mixin: run() times the worker's work() and keeps the seconds in self.elapsed."""

    def run(self):
        start = time.perf_counter()
        self.work()
        self.elapsed = time.perf_counter() - start


class Counted:
    """Mixin: counts every step of a worker in a shared tally, with or without a lock."""

    tally = {"locked": 0, "unlocked": 0}
    tally_lock = threading.Lock()

    def step(self):
        with Counted.tally_lock:
            Counted.tally["locked"] += 1
        Counted.tally["unlocked"] += 1  # a read, an add and a write: threads may lose steps


class CpuWorker(Timed, Counted, threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"cpu-{n}")
        self.n = n

    def work(self):
        def collatz_steps(k):  # a nested helper
            steps = 0
            while k != 1:
                k = k // 2 if k % 2 == 0 else 3 * k + 1
                steps += 1
            return steps

        self.result = max(range(1, self.n), key=collatz_steps)
        for _ in range(self.n):
            self.step()


class IoWorker(Timed, Counted, threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"io-{n}")
        self.n = n

    def work(self):
        for _ in range(self.n):
            time.sleep(0.01)  # stands for a network call: the GIL is released meanwhile
            self.step()
        self.result = self.n


def run_all(workers, threaded):
    start = time.perf_counter()
    if threaded:
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    else:
        for w in workers:
            w.run()
    return time.perf_counter() - start


def make_workers():
    return [CpuWorker(30_000), CpuWorker(30_000), IoWorker(20), IoWorker(20)]


if __name__ == "__main__":
    for threaded in (False, True):
        Counted.tally.update(locked=0, unlocked=0)
        workers = make_workers()
        total = run_all(workers, threaded)
        print(f"{'threads' if threaded else 'sequential':>10}: {total:6.3f} s")
        for w in workers:
            print(f"    {w.name:<6} result={w.result:<6} took {w.elapsed:6.3f} s")
        expected = sum(w.n for w in workers)
        lost = expected - Counted.tally["unlocked"]
        print(f"    steps: locked {Counted.tally['locked']}/{expected}, unlocked lost {lost}")
