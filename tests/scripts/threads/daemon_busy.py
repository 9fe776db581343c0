# A daemon thread spinning forever does not keep the process alive: main's output, exit 0.
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading

started = threading.Lock()
started.acquire()

def spin():
    started.release()
    n = 0
    while True:
        n += 1

t = threading.Thread(target=spin)
t.daemon = True
print(t.daemon)  # expect: True
t.start()
started.acquire()  # the daemon is running now
print("main done")  # expect: main done
