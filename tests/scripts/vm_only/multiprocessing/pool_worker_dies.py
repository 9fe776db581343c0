# A pool worker that dies mid-task never hangs the parent. multiprocessing.Pool fails that task
# and replaces the worker for the next tasks (CPython leaves its get() waiting forever, so this
# script is gilvm's only); ProcessPoolExecutor breaks, as CPython's does: BrokenProcessPool
# (a BrokenExecutor) for the running and pending futures and for later submits.
# args: --gil newgil
# args: --gil nogil
# timeout: 60s
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
import time

def die(code):
    os._exit(code)

def killed():
    os.kill(os.getpid(), 9)

def square(x):
    return x * x

pool = multiprocessing.Pool(2)
r = pool.apply_async(die, (7,))
try:
    r.get(timeout=30)
except RuntimeError as e:
    print("lost:", "died with exitcode 7" in str(e))  # expect: lost: True
r = pool.apply_async(killed)
try:
    r.get(timeout=30)
except RuntimeError as e:
    print("lost:", "died with exitcode -9" in str(e))  # expect: lost: True
print(pool.map(square, range(8)))  # expect: [0, 1, 4, 9, 16, 25, 36, 49]
pool.close()
pool.join()

ex = ProcessPoolExecutor(max_workers=2)
f = ex.submit(killed)
try:
    f.result(timeout=30)
except BrokenExecutor as e:
    print("broken:", "terminated abruptly" in str(e))  # expect: broken: True
try:
    ex.submit(square, 3)
except BrokenExecutor as e:
    print("submit after break:", "not usable anymore" in str(e))  # expect: submit after break: True
ex.shutdown()
