# Threads read, replace, append to, slice and iterate the same list and dict, and read and rebind
# a closure's variable, at once. Under nogil they run in parallel: every value a reader gets (an
# index, a literal index, a slice, a for loop, a comprehension, the cell) must be a whole live
# object, though writers free the ones they replace.
# args: --gil newgil
# args: --gil nogil
import threading

SIZE = 64
ROUNDS = 1500
WRITERS = 2
READERS = 2

shared = [("item", i) for i in range(SIZE)]
table = {i: [i] for i in range(SIZE)}
log = []
bad = []
start = threading.Barrier(WRITERS + READERS)


def make_latest():
    latest = ["latest", 0]

    def set_latest(r):
        nonlocal latest
        latest = ["latest", r]  # the list it replaces is freed

    def get_latest():
        return latest

    return set_latest, get_latest


set_latest, get_latest = make_latest()


def writer(k):
    start.wait()
    for r in range(ROUNDS):
        i = (r * 7 + k) % SIZE
        shared[i] = ("item", i)  # a new tuple: the one it replaces is freed
        shared[-1 - i] = ("item", SIZE - 1 - i)
        table[i] = [i]
        log.append((k, r))
        set_latest(r)


def reader(k):
    start.wait()
    wrong = 0
    for r in range(ROUNDS):
        i = r % SIZE
        if shared[i][1] != i or shared[-1 - i][1] != SIZE - 1 - i:
            wrong += 1
        if shared[0][1] != 0 or shared[5][0] != "item":
            wrong += 1
        if r % 8 == 0:
            for item in shared:
                if item[0] != "item":
                    wrong += 1
            if [item[1] for item in shared] != list(range(SIZE)):
                wrong += 1
            part = shared[10:20]
            if len(part) != 10 or part[0][1] != 10 or part[-1][1] != 19:
                wrong += 1
            for key in table:
                if table[key][0] != key:
                    wrong += 1
            seen = 0
            for entry in log[:]:
                seen += entry[1] >= 0
            for entry in log:
                seen -= entry[1] < 0
            if seen < 0 or len(log) > WRITERS * ROUNDS:
                wrong += 1
        if table[i] != [i] or table.get(i)[0] != i:
            wrong += 1
        if get_latest()[0] != "latest":
            wrong += 1
    bad.append(wrong)


threads = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
threads += [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
every_append = sorted((k, r) for k in range(WRITERS) for r in range(ROUNDS))
print(len(log), sorted(log) == every_append)  # expect: 3000 True
print(bad)  # expect: [0, 0]
print(shared == [("item", i) for i in range(SIZE)])  # expect: True
print(table == {i: [i] for i in range(SIZE)})  # expect: True
print(get_latest())  # expect: ['latest', 1499]
