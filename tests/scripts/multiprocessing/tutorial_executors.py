# A tutorial's concurrent.futures program: ThreadPoolExecutor (submit, map, exception,
# add_done_callback, as_completed, result timeout, wait), ProcessPoolExecutor (submit, map, an
# exception in a task), submit after shutdown. Output identical to CPython 3.11's.
# args: --gil newgil
# args: --gil legacy
# args: --gil nogil
# timeout: 60s
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
import threading
import time

def square(x):
    return x * x

def slow(x):
    time.sleep(0.3 * x)
    return x

def boom(x):
    raise ValueError("no %d" % x)

def main():
    with ThreadPoolExecutor(max_workers=4) as ex:
        futs = [ex.submit(square, i) for i in range(5)]
        print([f.result() for f in futs])
        print(list(ex.map(square, [1, 2, 3])))
        f = ex.submit(boom, 1)
        print(repr(f.exception()))
        try:
            f.result()
        except ValueError as e:
            print("caught", e)
        done = []
        f = ex.submit(square, 9)
        f.add_done_callback(done.append)
        f.result()
    # After shutdown: result() may return before the worker has run the callbacks (CPython runs
    # them after waking the waiters; under nogil the main thread gets there first).
    print(len(done), done[0] is f, f.done())
    with ThreadPoolExecutor(max_workers=3) as ex:
        futs = [ex.submit(slow, x) for x in (3, 1, 2)]
        # Each once; sorted: the order they finish in is the sleeps' (0.3 s apart), which a
        # loaded machine need not keep.
        print(sorted(f.result() for f in as_completed(futs)))
        f = ex.submit(slow, 4)
        try:
            f.result(timeout=0.01)
        except TimeoutError:
            print("timed out")
        d, nd = wait(futs)
        print(len(d), len(nd))
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(square, i) for i in range(6)]
        print([f.result() for f in futs])
        print(list(ex.map(square, range(4))))
        f = ex.submit(boom, 2)
        try:
            f.result()
        except ValueError as e:
            print("process caught", e)
    ex = concurrent.futures.ThreadPoolExecutor(2)
    print(ex.submit(square, 12).result())
    ex.shutdown()
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print(e)

if __name__ == "__main__":
    main()
# expect: [0, 1, 4, 9, 16]
# expect: [1, 4, 9]
# expect: ValueError('no 1')
# expect: caught no 1
# expect: 1 True True
# expect: [1, 2, 3]
# expect: timed out
# expect: 3 0
# expect: [0, 1, 4, 9, 16, 25]
# expect: [0, 1, 4, 9]
# expect: process caught no 2
# expect: 144
# expect: cannot schedule new futures after shutdown
