# A tutorial's multiprocessing program: Process with a Queue, a child that raises, terminate,
# Pipe, Pool (map, starmap, apply, apply_async().get(), imap, an exception in a task, with
# block), apply_async callbacks, a Queue timeout. Output identical to CPython 3.11's.
# args: --gil newgil
# args: --gil nogil
# timeout: 60s
# expect-stderr: Process Process-4:
# expect-stderr: KeyError: 'missing'
import multiprocessing
import os
import queue
import time

def square(x):
    return x * x

def add(a, b):
    return a + b

def fails(x):
    raise ValueError("bad input %d" % x)

def worker(name, q):
    q.put("hello from " + name)

def child_raises():
    raise KeyError("missing")

def spin():
    while True:
        pass

if __name__ == "__main__":
    print(multiprocessing.cpu_count() == os.cpu_count())
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=worker, args=("p%d" % i, q)) for i in range(3)]
    for p in ps:
        p.start()
    got = sorted([q.get() for p in ps])
    for p in ps:
        p.join()
    print(got, [p.exitcode for p in ps])
    p = multiprocessing.Process(target=child_raises)
    p.start(); p.join()
    print("raised:", p.exitcode, p.is_alive())
    p = multiprocessing.Process(target=spin)
    p.start()
    p.terminate(); p.join()
    print("terminated:", p.exitcode)
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=add, args=(1, 2))
    p.start(); p.join()
    a.send({"k": [1, 2.5, "x", b"y", None, True, (3,)]})
    print(b.recv())
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(add, (5, 6)))
        r = pool.apply_async(square, (7,))
        print(r.get(timeout=5))
        print(list(pool.imap(square, [1, 2, 3])))
        r = pool.apply_async(fails, (3,))
        try:
            r.get()
        except ValueError as e:
            print("ValueError:", e)
    results = []
    pool = multiprocessing.Pool(2)
    for i in range(5):
        pool.apply_async(square, (i,), callback=results.append)
    pool.close()
    pool.join()
    print(sorted(results))
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("empty after timeout")
# expect: True
# expect: ['hello from p0', 'hello from p1', 'hello from p2'] [0, 0, 0]
# expect: raised: 1 False
# expect: terminated: -15
# expect: {'k': [1, 2.5, 'x', b'y', None, True, (3,)]}
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: [3, 7]
# expect: 11
# expect: 49
# expect: [1, 4, 9]
# expect: ValueError: bad input 3
# expect: [0, 1, 4, 9, 16]
# expect: empty after timeout
