# A counter object incremented under `with self.lock` by four threads.
import threading
class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def increment(self):
        with self.lock:
            self.value += 1
c = Counter()
def worker():
    for _ in range(50000):
        c.increment()
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(c.value)
