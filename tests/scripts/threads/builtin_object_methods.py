# Builtin objects' methods looked up at one site for several types (`with x:`, x.acquire()): each
# type's own method, the per-thread finds of (type, name) never mixed up, in several threads.
# args: --gil newgil
# args: --gil nogil
import threading
def use(x, n):
    hits = 0
    for _ in range(n):
        with x:
            hits += 1
        if x.acquire():
            x.release()
            hits += 1
    return hits
def names(x):
    return [name for name in ("acquire", "release", "locked", "wait", "notify", "__enter__", "is_set")
            if hasattr(x, name)]
things = [threading.Lock(), threading.RLock(), threading.Condition(), threading.Semaphore(2),
          threading.BoundedSemaphore(1)]
print([use(x, 3) for x in things])
print([names(x) for x in things], names(threading.Event()))
results = []
def worker():
    results.append(sum(use(x, 50) for x in things))
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(results, things[0].locked(), things[1].acquire(blocking=False))

# expect: [6, 6, 6, 6, 6]
# expect: [['acquire', 'release', 'locked', '__enter__'], ['acquire', 'release', '__enter__'], ['acquire', 'release', 'wait', 'notify', '__enter__'], ['acquire', 'release', '__enter__'], ['acquire', 'release', '__enter__']] ['wait', 'is_set']
# expect: [500, 500, 500] False True
