# Ten threads increment a shared counter under a Lock: no update may be lost.
# Run once under each GIL design, and under iospin at 50 us (ten CPU threads once took seconds
# there, a hand-off at every poll; now about as long as under newgil):
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
# args: --gil legacy --check-interval 10
# args: --gil iospin --switch-interval 50us
import threading

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(10_000,)) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)  # expect: 100000
