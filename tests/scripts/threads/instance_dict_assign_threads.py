# args: --gil newgil
# args: --gil nogil
# obj.__dict__ = d while other threads read and write the instance's attributes: each read sees
# one of the dicts whole (no crash, no torn value), free-threaded as under a GIL.
import threading


class Box:
    def __init__(self):
        self.a = 0
        self.b = 0


box = Box()
stop = False
seen = set()
errors = []


def reader():
    while not stop:
        try:
            seen.add(box.a - box.b >= 0)
        except AttributeError:
            errors.append(1)


def writer():
    for i in range(3000):
        box.__dict__ = {"a": i, "b": i}


threads = [threading.Thread(target=reader) for _ in range(3)]
for t in threads:
    t.start()
writer()
stop = True
for t in threads:
    t.join()
print(box.a, box.b, errors, seen <= {True, False})
box.c = 1
print(sorted(box.__dict__.items()))

# expect: 2999 2999 [] True
# expect: [('a', 2999), ('b', 2999), ('c', 1)]
