# The race demonstration: THREADS threads each doing `counter += 1` COUNT times on a shared
# global, first without a lock, then with one. Without a lock an update is lost whenever a
# thread switch lands between the load and the store of the increment; with the lock the total
# is exact.
#
#   gilvm [--gil X] harness/workloads/race.py THREADS COUNT
#
# Prints one line for gilbench:
#   gilbench-result: {"unlocked_total": U, "locked_total": L, "expected_total": THREADS*COUNT,
#                     "lost_updates": THREADS*COUNT-U}
# Valid Python 2.7 and 3 (whether updates are lost depends on where the interpreter may switch).
import sys
import threading

counter = 0
lock = threading.Lock()


def add_unlocked(n):
    global counter
    i = 0
    while i < n:
        counter += 1
        i += 1


def add_locked(n):
    global counter
    i = 0
    while i < n:
        with lock:
            counter += 1
        i += 1


def total(target, threads, n):
    global counter
    counter = 0
    workers = [threading.Thread(target=target, args=(n,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter


def main():
    if len(sys.argv) < 3:
        print("usage: race.py THREADS COUNT")
        sys.exit(2)
    threads = int(sys.argv[1])
    n = int(sys.argv[2])
    unlocked = total(add_unlocked, threads, n)
    locked = total(add_locked, threads, n)
    expected = threads * n
    print('gilbench-result: {"unlocked_total": %d, "locked_total": %d, "expected_total": %d, "lost_updates": %d}'
          % (unlocked, locked, expected, expected - unlocked))


main()
