# time.time, time.perf_counter (monotonic) and time.sleep (sleeps at least as long as asked).
import time

now = time.time()
print(now > 1600000000)  # expect: True
t1 = time.perf_counter()
t2 = time.perf_counter()
print(t2 >= t1)  # expect: True
ok = True
last = time.perf_counter()
for _ in range(1000):
    t = time.perf_counter()
    if t < last:
        ok = False
    last = t
print(ok)  # expect: True
start = time.perf_counter()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print(elapsed >= 0.019)  # expect: True
time.sleep(0)
print("sleep(0) returns")  # expect: sleep(0) returns
try:
    time.sleep(-1)
except ValueError as e:
    print(e)  # expect: sleep length must be non-negative
