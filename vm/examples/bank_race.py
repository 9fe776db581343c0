# A race condition, as GIL tutorials show it: several threads deposit into one bank account.
# `self.balance += amount` is a read, an add and a write; a thread switch between the read and
# the write loses the other thread's deposit. The GIL does not prevent that: only a Lock does.
# (How many deposits are lost depends on the lock design and its switch interval; under
# `--gil nogil` threads truly run at once and lose many.)
#
#   gilvm --gil newgil vm/examples/bank_race.py
#   gilvm --gil nogil vm/examples/bank_race.py
#   python3 vm/examples/bank_race.py
import threading
import time

THREADS = 8
DEPOSITS = 50_000


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        self.balance += amount

    def safe_deposit(self, amount):
        with self.lock:
            self.balance += amount

    def __repr__(self):
        return "Account(%r, balance=%d)" % (self.owner, self.balance)


def run_demo(use_lock):
    account = Account("demo")

    def worker():  # a nested helper: it uses the enclosing function's account and use_lock
        deposit = account.safe_deposit if use_lock else account.deposit
        for _ in range(DEPOSITS):
            deposit(1)

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    return account, elapsed


if __name__ == "__main__":
    expected = THREADS * DEPOSITS
    for use_lock in (False, True):
        account, elapsed = run_demo(use_lock)
        lost = expected - account.balance
        label = "with a lock" if use_lock else "without a lock"
        print("%-14s %r" % (label, account))
        print("  expected %d, lost %d deposits (%.1f%%) in %.3f s" % (expected, lost, 100.0 * lost / expected, elapsed))
        if use_lock:
            print("  correct:", account.balance == expected)
        else:
            print("  never more than expected:", account.balance <= expected)
