# Threads sharing one OrderedDict subclass: move_to_end (a native that moves the entry under the
# dict's lock: last=False is not one step under nogil, so not used here) and `k in d`, `d[k]`
# taken in line, while another thread stores the native on the subclass and deletes it again.
# Every key survives with its value; the totals are exact.
import threading
from collections import OrderedDict


class LRU(OrderedDict):
    pass


shared = LRU((k, k) for k in range(64))
moves = [0] * 4


def worker(n):
    for step in range(3000):
        k = (step * 7 + n) % 64
        if k in shared:
            shared.move_to_end(k, last=True) if step % 5 else shared.move_to_end(k)
            moves[n] += 1
        if shared[k] != k:
            print("wrong value", k)


def patcher():
    for _ in range(200):
        LRU.move_to_end = OrderedDict.move_to_end
        del LRU.move_to_end


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
threads.append(threading.Thread(target=patcher))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(shared) == list(range(64)), all(shared[k] == k for k in shared), sum(moves))
while shared:
    k, v = shared.popitem(last=len(shared) % 2 == 0)
    moves[0] += k == v
print(moves[0], len(shared))

# expect: True True 12000
# expect: 3064 0
