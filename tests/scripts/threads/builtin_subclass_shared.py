# A dict subclass and a list subclass shared by threads: the builtin operations on them stay as
# safe as on plain dicts and lists (the container's own lock when free-threaded), and their
# overrides (__missing__, __setitem__, append) run as any method does.
# args: --gil newgil
# args: --gil nogil
import threading


class Groups(dict):
    def __missing__(self, key):
        return self.setdefault(key, Bag())


class Bag(list):
    def add(self, x):
        self.append(x)


class Totals(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)


groups = Groups()
totals = Totals()
lock = threading.Lock()


def work(t):
    for i in range(3000):
        groups[i % 40].add((t, i))
        with lock:
            totals[i % 5] = totals.get(i % 5, 0) + 1


threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(groups), sum(len(v) for v in groups.values()), sorted(totals.items()))
print(all(len(set(v)) == len(v) for v in groups.values()), type(groups[0]).__name__)
print(isinstance(groups, dict), isinstance(groups[1], list), sum(totals.values()))

# The expected output (CPython 3.11):
# expect: 40 12000 [(0, 2400), (1, 2400), (2, 2400), (3, 2400), (4, 2400)]
# expect: True Bag
# expect: True True 12000
