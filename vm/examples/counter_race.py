# Ten threads each doing `counter += 1` 100_000 times, first without a lock, then with one.
# Without the lock, updates are lost whenever a switch lands between the load and the store of
# `counter += 1`, so the total is often less than 1,000,000 (how often depends on the GIL and
# its switch interval); with the lock it is exactly 1,000,000.
#
#   gilvm --gil newgil vm/examples/counter_race.py
#   gilvm --gil legacy vm/examples/counter_race.py
import threading

THREADS = 10
PER_THREAD = 100_000
EXPECTED = THREADS * PER_THREAD

counter = 0
lock = threading.Lock()


def unlocked():
    global counter
    for _ in range(PER_THREAD):
        counter += 1


def locked():
    global counter
    for _ in range(PER_THREAD):
        with lock:
            counter += 1


def run(target):
    global counter
    counter = 0
    threads = []
    for _ in range(THREADS):
        threads.append(threading.Thread(target=target))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


total = run(unlocked)
print("without a lock: %d of %d (%d lost)" % (total, EXPECTED, EXPECTED - total))
total = run(locked)
print("with a lock:    %d of %d (%d lost)" % (total, EXPECTED, EXPECTED - total))
