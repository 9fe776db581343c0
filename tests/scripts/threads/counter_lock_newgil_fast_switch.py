# As counter_lock.py under the CPython 3 lock with a 100 us switch interval (many forced
# switches), incrementing with explicit acquire/release.
# args: --gil newgil
import sys
import threading

sys.setswitchinterval(0.0001)
counter = 0
lock = threading.Lock()

def work(n):
    global counter
    i = 0
    while i < n:
        lock.acquire()
        counter = counter + 1
        lock.release()
        i += 1

threads = []
for _ in range(4):
    threads.append(threading.Thread(target=work, args=(20_000,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)  # expect: 80000
