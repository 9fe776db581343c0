# A fused a[i] / a[i] = x of local list and index reads or writes the item before the
# instruction's tick: the tick may let in a thread that shrinks the list (legacy, one tick per
# check), and an item read or written after it could lie past the list's end.
# args: --gil legacy --check-interval 1
# args: --gil newgil --switch-interval 1us
import threading

stop = False
bad = []


def reader(a, i):
    seen = 0
    while not stop:
        try:
            x = a[i]
            if type(x) is not list or x[0] != i:
                bad.append(x)
            a[i] = [i]
            seen += 1
        except IndexError:
            pass
    return seen


def shrinker(a, rounds):
    global stop
    for r in range(rounds):
        del a[2:]
        a.extend([k] for k in range(2, 8))
    stop = True


a = [[k] for k in range(8)]
t = threading.Thread(target=shrinker, args=(a, 50000))
t.start()
reader(a, 5)
t.join()
print(bad, len(a))
# expect: [] 8
