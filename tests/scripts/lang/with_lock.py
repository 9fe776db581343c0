# `with` on a threading.Lock: acquired inside the block, released after it, also on exceptions.
import threading

lock = threading.Lock()
with lock:
    print("inside", lock.locked())  # expect: inside True
print("outside", lock.locked())  # expect: outside False

try:
    with lock:
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, lock.locked())  # expect: caught boom False

def guarded(n):
    with lock:
        return n * 2

print(guarded(21), lock.locked())  # expect: 42 False

for i in range(3):
    with lock:
        if i == 1:
            continue
        if i == 2:
            break
print("loop done", lock.locked())  # expect: loop done False
print(lock.acquire())  # expect: True
print(lock.acquire(False))  # expect: False
lock.release()
print(lock.locked())  # expect: False
