# A producer and a consumer thread through a bounded queue.Queue with task_done.
import threading, queue
def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)
def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item * item
        q.task_done()
    out.append(total)
q = queue.Queue(maxsize=100)
out = []
t1 = threading.Thread(target=producer, args=(q, 30000))
t2 = threading.Thread(target=consumer, args=(q, out))
t1.start(); t2.start(); t1.join(); t2.join()
print(out)
