# Forking while other threads hold a script lock and compete for the GIL (or, under nogil,
# run): the child must not deadlock on anything the VM itself locks. It imports a module it
# has not loaded yet, allocates, starts and joins a thread of its own and reports through a
# Pipe. The lock a parent thread held stays held in the child, as in CPython.
# timeout: 60s
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# All threads have started before the first fork: a thread's first GIL take allocates its
# design's state (bfs, priority) without the GIL, and under ASan that too can hang the child.
# Under nogil the spinner allocates while the fork happens, and GCC 12's libasan (unlike glibc's
# malloc) does not hold its allocator lock across fork: the child can hang on it. Not the VM's
# lock; the release and TSan builds run it.
# args-unless-asan: --gil nogil
import multiprocessing
import threading
import time

held = threading.Lock()
stop = threading.Event()
holding = threading.Event()
waiting = [threading.Event() for i in range(2)]

def hold_and_spin():
    with held:
        holding.set()
        n = 0
        while not stop.is_set():
            n += 1

def blocked_waiter(i):
    waiting[i].set()
    with held:
        pass

def helper(q):
    q.put([i * i for i in range(1000)][-1])

def child(conn):
    import queue
    q = queue.Queue()
    t = threading.Thread(target=helper, args=(q,))
    t.start()
    t.join()
    conn.send((q.get(timeout=5), held.locked(), held.acquire(timeout=0.05), threading.active_count()))

spinners = [threading.Thread(target=hold_and_spin)] + [threading.Thread(target=blocked_waiter, args=(i,)) for i in range(2)]
for t in spinners:
    t.start()
holding.wait()
for event in waiting:
    event.wait()
results = []
for i in range(5):
    reader, writer = multiprocessing.Pipe()
    p = multiprocessing.Process(target=child, args=(writer,))
    p.start()
    if reader.poll(20):
        results.append(reader.recv())
    p.join(20)
    if p.exitcode is None:
        p.kill()
        p.join()
    results.append(p.exitcode)
stop.set()
for t in spinners:
    t.join()
print(results[:2])  # expect: [(998001, True, False, 1), 0]
print(results == results[:2] * 5)  # expect: True
