# Producers and consumers sharing collections.deque with no lock of their own, as GIL tutorials
# do: append and popleft (and appendleft and pop) are atomic in CPython, so every item arrives
# exactly once and each producer's items leave one end in the order they went in. Under a
# switch-heavy GIL a thread switch may come between any two instructions of script code; under
# nogil the threads run at once on the deque's lock.
# args: --gil newgil
# args: --gil newgil --switch-interval 1us
# args: --gil legacy --check-interval 10
# args: --gil nogil
# timeout: 120s
import threading
from collections import deque

PRODUCERS, CONSUMERS, ITEMS = 3, 3, 3000
DONE = object()


def produce(q, p, left):
    add = q.appendleft if left else q.append
    for i in range(ITEMS):
        add((p, i))


def consume(q, got, left):
    take = q.pop if left else q.popleft  # the other end from the producers'
    while True:
        try:
            item = take()
        except IndexError:  # empty for now: the producers are behind
            continue
        if item is DONE:
            return
        got.append(item)


def run(left):
    q = deque()
    received = [[] for _ in range(CONSUMERS)]
    consumers = [threading.Thread(target=consume, args=(q, received[c], left))
                 for c in range(CONSUMERS)]
    producers = [threading.Thread(target=produce, args=(q, p, left)) for p in range(PRODUCERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    for _ in range(CONSUMERS):  # after every item: each consumer stops at one
        q.append(DONE) if not left else q.appendleft(DONE)
    for t in consumers:
        t.join()
    everything = [item for got in received for item in got]
    once = len(everything) == len(set(everything)) == PRODUCERS * ITEMS
    in_order = all(
        [i for (p, i) in got if p == producer] == sorted(i for (p, i) in got if p == producer)
        for got in received for producer in range(PRODUCERS))
    return once, in_order, len(q)


print(run(False))
print(run(True))


# Mixed ends and maxlen at once: each thread appends a run of items at either end of a bounded
# deque and pops some back; the deque never holds more than maxlen, and what is left plus what
# was popped or dropped accounts for every item.
def churn(q, t, popped):
    for i in range(2000):
        if i % 2:
            q.append((t, i))
        else:
            q.appendleft((t, i))
        if i % 3 == 0:
            try:
                popped.append(q.pop() if i % 2 else q.popleft())
            except IndexError:
                pass
        assert len(q) <= 50


bounded = deque(maxlen=50)
popped = [[] for _ in range(4)]
threads = [threading.Thread(target=churn, args=(bounded, t, popped[t])) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
seen = [item for got in popped for item in got] + list(bounded)
print(len(bounded), len(seen) == len(set(seen)), all(0 <= i < 2000 for (t, i) in seen))

# Readers scanning while writers change the deque: `in`, count() and index() compare ints under
# the deque's lock and call a script __eq__ without it (then a change meanwhile raises
# RuntimeError, as CPython's); iterating may meet a change too. Nothing else may go wrong.
class Key:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n


shared = deque([Key(-1)] + list(range(100)))
stop = []


def write(t):
    for i in range(3000):
        shared.append(Key(i) if i % 10 == 0 else i)
        shared.popleft()
    stop.append(t)


def read(outcomes):
    while len(stop) < 2:
        for probe in (lambda: 5000 in shared, lambda: shared.count(Key(7)),
                      lambda: shared.index(Key(-2)), lambda: sum(1 for _ in shared)):
            try:
                probe()
                outcomes.add("ok")
            except RuntimeError as e:
                outcomes.add(str(e))
            except ValueError as e:
                outcomes.add("ValueError")


outcomes = set()
threads = [threading.Thread(target=write, args=(t,)) for t in range(2)]
threads += [threading.Thread(target=read, args=(outcomes,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), outcomes <= {"ok", "ValueError", "deque mutated during iteration"})

# expect: (True, True, 0)
# expect: (True, True, 0)
# expect: 50 True True
# expect: 101 True
