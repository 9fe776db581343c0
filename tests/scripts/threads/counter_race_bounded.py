# Without a lock, `counter += 1` from several threads may lose updates (a switch can land
# between the load and the store, and under nogil the threads really interleave there), but it
# can never gain any: only the bound is checked. A stale store can undo many increments of
# other threads, so the only lower bound is that something was counted.
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading

counter = 0

def work(n):
    global counter
    for _ in range(n):
        counter += 1

threads = [threading.Thread(target=work, args=(10_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(0 < counter <= 40_000)  # expect: True
