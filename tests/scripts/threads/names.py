# current_thread().name: "MainThread" in the main thread, "Thread-N..." for unnamed threads
# (CPython 3.10+ appends " (target)", so only the first 8 characters are compared).
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading

print(threading.current_thread().name)  # expect: MainThread
seen = [None, None]

def record(i):
    seen[i] = threading.current_thread().name[:8]

t1 = threading.Thread(target=record, args=(0,))
t2 = threading.Thread(target=record, args=(1,))
print(t1.name[:8], t2.name[:8])  # expect: Thread-1 Thread-2
t1.start()
t1.join()
t2.start()
t2.join()
print(seen)  # expect: ['Thread-1', 'Thread-2']
print(threading.current_thread().name)  # expect: MainThread
