# As counter_lock.py, under the CPython 2 lock (check interval 100 ticks).
# args: --gil legacy
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
