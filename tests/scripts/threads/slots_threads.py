# Threads read and write the slots of shared __slots__ instances at once (under nogil, in
# parallel): each slot is read and replaced whole, and the values replaced are freed once.
# args: --gil newgil
# args: --gil nogil
import threading


class Box:
    __slots__ = ("item", "count")

    def __init__(self):
        self.item = [0]
        self.count = 0


shared = Box()
mine = [Box() for _ in range(4)]


def work(n):
    box = mine[n]
    for i in range(20000):
        shared.item = [i]  # replaces (and frees) another thread's list
        box.count = box.count + len(shared.item)


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([b.count for b in mine])  # expect: [20000, 20000, 20000, 20000]
print(len(shared.item))  # expect: 1
