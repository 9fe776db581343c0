# Threads sharing a set and a dict keyed by instances hashed by identity (in line), each adding
# and removing its own instances while the others do, and reading classes and functions as keys
# of a shared dispatch table. Every count is exact.
import threading


class Item:
    pass


shared_set = set()
shared_dict = {}
dispatch = {int: 1, str: 2, Item: 3, len: 4}
errors = []


def worker(n):
    mine = [Item() for _ in range(50)]
    for round_ in range(40):
        for item in mine:
            shared_set.add(item)
            shared_dict[item] = n
        for item in mine:
            if item not in shared_set or shared_dict[item] != n:
                errors.append(n)
        for item in mine[::2]:
            shared_set.discard(item)
            del shared_dict[item]
        if dispatch[type(mine[0])] != 3 or dispatch[len] != 4:
            errors.append(n)
        for item in mine[::2]:
            shared_set.add(item)
            shared_dict[item] = n
    for item in mine:
        shared_set.remove(item)
        shared_dict.pop(item)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors, len(shared_set), len(shared_dict))

# expect: [] 0 0
