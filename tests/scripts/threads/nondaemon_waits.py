# The process waits for non-daemon threads after the main thread finishes, without a join.
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading

gate = threading.Lock()
gate.acquire()

def worker():
    gate.acquire()
    print("worker done")

t = threading.Thread(target=worker)
print(t.daemon)  # expect: False
t.start()
print("main done")  # expect: main done
gate.release()
# expect: worker done
