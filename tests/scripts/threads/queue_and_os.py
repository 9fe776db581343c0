# queue as a tutorial uses it: producers and consumers with task_done/join on a bounded Queue,
# PriorityQueue order (heapq's, ties included), LifoQueue, SimpleQueue, Empty/Full and the
# errors; and os.getpid/getppid/cpu_count/environ/getenv. Output identical to CPython 3.11's.
# args: --gil newgil
# args: --gil legacy
# args: --gil nogil
import os
import queue
import threading

def producer(q, n):
    for i in range(n):
        q.put(i)

def consumer(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 10)
        q.task_done()

q = queue.Queue(maxsize=3)
out = []
workers = [threading.Thread(target=consumer, args=(q, out)) for i in range(2)]
for w in workers:
    w.start()
producer(q, 20)
q.join()
for w in workers:
    q.put(None)
for w in workers:
    w.join()
print(sorted(out) == [i * 10 for i in range(20)], q.qsize(), q.empty(), q.full(), q.maxsize)

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e"), (0, "z")]:
    pq.put(item)
print([pq.get() for i in range(6)])
lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print([lq.get_nowait() for i in range(4)])
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty(), sq.qsize())
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.task_done()
except ValueError as e:
    print(e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
full = queue.Queue(1)
full.put(1)
try:
    full.put_nowait(2)
except queue.Full:
    print("Full")
print(os.getpid() > 0, os.getppid() > 0, os.cpu_count() > 0, "PATH" in os.environ, os.getenv("GILBENCH_NOT_SET", "default"))
# expect: True 0 True False 3
# expect: [(0, 'z'), (1, 'a'), (1, 'a2'), (2, 'b'), (3, 'c'), (5, 'e')]
# expect: [3, 2, 1, 0]
# expect: x True 0
# expect: Empty
# expect: task_done() called too many times
# expect: 'timeout' must be a non-negative number
# expect: Full
# expect: True True True True default
