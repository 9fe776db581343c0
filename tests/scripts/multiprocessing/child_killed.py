# A child killed by a signal has minus that signal as its exit code: terminate() (SIGTERM),
# kill() (SIGKILL), and a child that kills itself. join(timeout) returns at its timeout while the
# child still runs.
# args: --gil newgil
# args: --gil nogil
# timeout: 30s
import multiprocessing
import os
import time

def spin():
    while True:
        pass

def kill_myself():
    os.kill(os.getpid(), 9)

p = multiprocessing.Process(target=spin)
p.start()
start = time.monotonic()
p.join(0.2)
waited = time.monotonic() - start
print(p.is_alive(), p.exitcode, waited >= 0.2, waited < 10)  # expect: True None True True
p.terminate()
p.join()
print(p.exitcode, p.is_alive())  # expect: -15 False
p = multiprocessing.Process(target=spin)
p.start()
p.kill()
p.join()
print(p.exitcode)  # expect: -9
p = multiprocessing.Process(target=kill_myself)
p.start()
p.join()
print(p.exitcode)  # expect: -9
