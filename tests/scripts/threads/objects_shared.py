# Threads share an instance, a closure's cell and a class attribute; a Lock keeps every update.
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
# args: --gil legacy --check-interval 10
import threading


class Counter:
    created = 0
    created_lock = threading.Lock()  # a class attribute needs a lock all instances share

    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
        with Counter.created_lock:
            Counter.created += 1

    def add(self, n):
        with self.lock:
            self.value += n


def make_tally():
    total = 0
    lock = threading.Lock()

    def add(n):
        nonlocal total
        with lock:
            total += n

    def read():
        return total

    return add, read


shared = Counter()
tally_add, tally_read = make_tally()


def worker(rounds):
    mine = Counter()  # each thread makes instances too
    for i in range(rounds):
        shared.add(1)
        tally_add(2)
        mine.add(1)
    return mine.value


threads = [threading.Thread(target=worker, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.value, tally_read(), Counter.created)  # expect: 20000 40000 5
