# threading's primitives as a tutorial uses them: Condition, BoundedSemaphore, Event, Timer
# (fires, and cancelled), Barrier, Lock.acquire(timeout), RLock, local, main_thread,
# enumerate, excepthook. Output identical to CPython 3.11's. Under every design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading
import time

cond = threading.Condition()
items = []

def consumer(n):
    with cond:
        while len(items) < n:
            cond.wait()
        print("consumer got", len(items))

c = threading.Thread(target=consumer, args=(3,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
c.join()

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.05))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

ev = threading.Event()
print(ev.wait(0.01), ev.is_set())
t = threading.Timer(0.05, ev.set)
t.start()
print(ev.wait(5))
t.join()

b = threading.Barrier(3)
res = []
def party():
    res.append(b.wait())
ts = [threading.Thread(target=party) for i in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(res))

l = threading.Lock()
l.acquire()
start = time.monotonic()
print(l.acquire(timeout=0.1), time.monotonic() - start >= 0.1)
print(l.locked())
l.release()
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

loc = threading.local()
loc.x = 1
def setx():
    loc.x = 2
    print("thread sees", loc.x)
th = threading.Thread(target=setx, name="setter")
th.start(); th.join()
print("main sees", loc.x)
print(threading.main_thread().name, threading.current_thread() is threading.main_thread(), threading.active_count())
print(len(threading.enumerate()), th.is_alive(), th.native_id > 0)
t2 = threading.Timer(10, print, args=("never",))
t2.start(); t2.cancel(); t2.join()
print("cancelled")
def boom():
    raise ValueError("bad")
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
th = threading.Thread(target=boom, name="boomer")
th.start(); th.join()
print(seen)
# expect: consumer got 3
# expect: True True False
# expect: ValueError Semaphore released too many times
# expect: False False
# expect: True
# expect: [0, 1, 2]
# expect: False True
# expect: True
# expect: reentrant ok
# expect: RuntimeError cannot release un-acquired lock
# expect: thread sees 2
# expect: main sees 1
# expect: MainThread True 1
# expect: 1 False True
# expect: cancelled
# expect: [('ValueError', 'bad', 'boomer')]
