# Threads iterate, measure and probe views of dicts that other threads change at once. Under nogil
# they run in parallel: every key, value and (key, value) a view's iterator hands out must be a
# whole live entry, a change of size is the RuntimeError and never a crash, and threads sharing
# one items iterator get each entry exactly once.
# args: --gil newgil
# args: --gil nogil
import threading

SIZE = 100
ROUNDS = 300
READERS = 3

stable = {i: i * 2 for i in range(SIZE)}  # its values are replaced, its size never changes
churn = {i: i * 2 for i in range(SIZE)}  # keys come and go
bad = []
errors = [0]
lock = threading.Lock()
start = threading.Barrier(READERS + 2)


def replacer():
    start.wait()
    for r in range(ROUNDS):
        for k in stable.keys():
            stable[k] = k * 2  # a new int (or the same): the size stays
        for k, v in list(stable.items())[:10]:
            stable[k] = v


def churner():
    start.wait()
    for r in range(ROUNDS):
        key = SIZE + r % 50
        churn[key] = key * 2
        del churn[key]


def reader(n):
    start.wait()
    wrong = 0
    changed = 0
    for r in range(ROUNDS):
        total = 0
        for k, v in stable.items():
            if v != k * 2:
                wrong += 1
            total += 1
        for v in stable.values():
            if v % 2:
                wrong += 1
        if total != SIZE or len(stable.keys()) != SIZE or (7, 14) not in stable.items():
            wrong += 1
        if 7 not in stable.keys() or 14 not in stable.values():
            wrong += 1
        try:
            for k, v in churn.items():
                if v != k * 2:
                    wrong += 1
        except RuntimeError as e:
            if str(e) != "dictionary changed size during iteration":
                wrong += 1
            changed += 1
        keys = churn.keys() & set(range(SIZE))
        if len(keys) != SIZE:
            wrong += 1
    with lock:
        bad.append(wrong)
        errors[0] += changed


threads = [threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
threads += [threading.Thread(target=replacer), threading.Thread(target=churner)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("wrong:", sum(bad), "readers:", len(bad))
print(len(churn), churn == stable, stable.keys() == churn.keys(), stable.items() == churn.items())

# One items iterator shared by threads: each entry comes out once.
big = {i: -i for i in range(5000)}
shared_it = iter(big.items())
taken = []


def drain():
    mine = []
    for pair in shared_it:
        mine.append(pair)
    with lock:
        taken.extend(mine)


workers = [threading.Thread(target=drain) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(len(taken), sorted(taken) == sorted(big.items()), all(k == -v for k, v in taken))

# Views made in one thread, read in others.
views = (big.keys(), big.values(), big.items())
sums = []


def summer():
    s = sum(views[0]) + sum(views[1]) + sum(k + v for k, v in views[2])
    with lock:
        sums.append(s)


workers = [threading.Thread(target=summer) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(sums)

# expect: wrong: 0 readers: 3
# expect: 100 True True True
# expect: 5000 True True
# expect: [0, 0, 0, 0]
