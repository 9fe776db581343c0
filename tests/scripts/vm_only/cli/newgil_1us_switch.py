# VM-only in spirit: the same threaded program gives the same output under both GILs; this
# copy pins --gil newgil with the shortest interval gilvm accepts on the command line.
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
