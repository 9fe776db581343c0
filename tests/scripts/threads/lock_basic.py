# threading.Lock: acquire/release, non-blocking acquire, locked(), errors.
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading

lock = threading.Lock()
print(lock.locked())  # expect: False
print(lock.acquire())  # expect: True
print(lock.locked())  # expect: True
print(lock.acquire(False))  # expect: False
lock.release()
print(lock.acquire(False))  # expect: True
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: release unlocked lock
other = threading.Lock()
holder = threading.Thread(target=other.acquire)
holder.start()
holder.join()
print(other.locked())  # expect: True
other.release()
print(other.locked())  # expect: False
