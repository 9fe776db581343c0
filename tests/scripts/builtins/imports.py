# import and from-import of the builtin modules.
import sys
import time
import threading
from time import perf_counter, sleep
from threading import Thread, Lock
import sys

print(len(sys.argv) >= 1)  # expect: True
print(time.perf_counter() >= 0, perf_counter() >= 0)  # expect: True True
lock = Lock()
with lock:
    print("Lock from from-import works")  # expect: Lock from from-import works
t = Thread(target=sleep, args=(0,))
t.start()
t.join()
print("Thread from from-import works")  # expect: Thread from from-import works

def uses_module_inside_function():
    return threading.current_thread().name

print(uses_module_inside_function())  # expect: MainThread

def imports_inside_function():
    import time
    return time.time() > 0

print(imports_inside_function())  # expect: True
