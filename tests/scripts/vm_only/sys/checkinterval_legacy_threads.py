# VM-only: changing the check interval at run time under the legacy lock, with threads running.
# args: --gil legacy
import sys
import threading
sys.setcheckinterval(5)
counter = 0
lock = threading.Lock()

def work():
    global counter
    for _ in range(5000):
        with lock:
            counter += 1

ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
sys.setcheckinterval(1000)
for t in ts:
    t.join()
print(counter, sys.getcheckinterval())  # expect: 20000 1000
