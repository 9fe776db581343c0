# Timed waits honour their timeout and raise the right exception: queue.Queue get/put,
# multiprocessing.Queue get, Lock.acquire, Event.wait, Condition.wait, Future.result,
# AsyncResult.get. Each waited at least its timeout and well under a generous bound.
# args: --gil newgil
# args: --gil legacy
# args: --gil nogil
# timeout: 60s
import multiprocessing
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

def timed(f, arg):
    start = time.monotonic()
    try:
        result = f(arg)
    except queue.Empty:
        result = "Empty"
    except queue.Full:
        result = "Full"
    except TimeoutError:
        result = "TimeoutError"
    except multiprocessing.TimeoutError:
        result = "multiprocessing.TimeoutError"
    waited = time.monotonic() - start
    return result, waited >= 0.1, waited < 10

def get_from(q):
    return q.get(timeout=0.1)

def put_into(q):
    return q.put(2, timeout=0.1)

def acquire(lock):
    return lock.acquire(timeout=0.1)

def wait_event(ignored):
    return threading.Event().wait(0.1)

def wait_on_condition(cond):
    with cond:
        return cond.wait(0.1)

def result_of(f):
    return f.result(timeout=0.1)

def get_result(r):
    return r.get(timeout=0.1)

def sleep_then(x):
    time.sleep(1)
    return x

q = queue.Queue(maxsize=1)
print(timed(get_from, q))  # expect: ('Empty', True, True)
q.put(1)
print(timed(put_into, q))  # expect: ('Full', True, True)
print(q.get_nowait(), q.empty())  # expect: 1 True
print(timed(get_from, multiprocessing.Queue()))  # expect: ('Empty', True, True)
lock = threading.Lock()
lock.acquire()
print(timed(acquire, lock))  # expect: (False, True, True)
print(timed(wait_event, None))  # expect: (False, True, True)
print(timed(wait_on_condition, threading.Condition()))  # expect: (False, True, True)
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(sleep_then, 1)
    print(timed(result_of, f))  # expect: ('TimeoutError', True, True)
with multiprocessing.Pool(1) as pool:
    r = pool.apply_async(sleep_then, (2,))
    print(timed(get_result, r))  # expect: ('multiprocessing.TimeoutError', True, True)
    print(r.get())  # expect: 2
# A blocked get() wakes for a put from another thread before its timeout.
q2 = queue.Queue()
threading.Timer(0.05, q2.put, args=("late",)).start()
print(q2.get(timeout=10))  # expect: late
