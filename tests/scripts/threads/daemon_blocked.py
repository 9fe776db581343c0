# A daemon thread blocked forever on a Lock, and one sleeping in a loop, do not keep the
# process alive.
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

never = threading.Lock()
never.acquire()
ready = threading.Lock()
ready.acquire()

def blocked():
    ready.release()
    never.acquire()
    print("never printed")

def sleeper():
    while True:
        time.sleep(0.01)

t = threading.Thread(target=blocked)
t.daemon = True
t.start()
s = threading.Thread(target=sleeper)
s.daemon = True
s.start()
ready.acquire()
print("exiting with daemons alive")  # expect: exiting with daemons alive
