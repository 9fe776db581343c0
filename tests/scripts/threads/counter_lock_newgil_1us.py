# Three threads incrementing under a Lock with newgil's switch interval at 1 us, the shortest
# the figures in docs/design.md §6 use (a forced switch at almost every poll): no update may be lost.
# args: --gil newgil --switch-interval 1us
import threading
total = [0]
lock = threading.Lock()

def work():
    for _ in range(2000):
        with lock:
            total[0] += 1

ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])  # expect: 6000
