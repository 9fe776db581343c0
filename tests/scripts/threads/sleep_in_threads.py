# time.sleep in several threads at once (sleep releases the GIL); joins collect them all.
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading
import time

done = []
lock = threading.Lock()

def nap(i):
    time.sleep(0.02)
    with lock:
        done.append(i)

threads = [threading.Thread(target=nap, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(done))  # expect: 5
total = 0
for i in done:
    total += i
print(total)  # expect: 10
