# A child whose target raises exits with code 1 and prints "Process NAME:" and the traceback to
# stderr; sys.exit(n) in the child gives exit code n; the parent carries on.
# args: --gil newgil
# args: --gil nogil
# expect-stderr: Process worker-1:
# expect-stderr: Traceback (most recent call last):
# expect-stderr: ValueError: child failed
import multiprocessing
import sys

def fails():
    raise ValueError("child failed")

def exits(code):
    sys.exit(code)

def returns():
    return 5

p = multiprocessing.Process(target=fails, name="worker-1")
print(p.exitcode, p.pid, p.is_alive())  # expect: None None False
p.start()
p.join()
print(p.exitcode, p.is_alive(), p.pid > 0)  # expect: 1 False True
for code in (0, 3, 255):
    p = multiprocessing.Process(target=exits, args=(code,))
    p.start()
    p.join()
    print(p.exitcode)
# expect: 0
# expect: 3
# expect: 255
p = multiprocessing.Process(target=returns)
p.start()
p.join()
print(p.exitcode)  # expect: 0
try:
    p.start()
except AssertionError as e:
    print(e)  # expect: cannot start a process twice
