# Threads calling through the same keyword call sites with different callees at once, so that
# they fill a site's plans together (under nogil truly in parallel): each call must bind as its
# own callee's parameters say, whichever thread made the plan it uses.
# args: --gil nogil
# args: --gil newgil
import threading


def first(x, b=1, *, c=10):
    return x + 2 * b + 3 * c


def second(x, c, b=0):
    return x + 5 * b + 7 * c


def third(x, *, b, c):
    return x + 11 * b + 13 * c


def fourth(x, *rest, b=0, c=0, **extra):
    return x + 17 * b + 19 * c + len(rest) + len(extra)


def fifth(x, b, c, d=4):
    return x + 23 * b + 29 * c + d


callees = [first, second, third, fourth, fifth]
results = [0] * 4


def site(f, x):
    return f(x, b=2, c=3)


def worker(index):
    total = 0
    for i in range(2000):
        total += site(callees[(i + index) % len(callees)], i)
    results[index] = total


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)  # expect: [2132200, 2132200, 2132200, 2132200]
