# Forking while other threads are inside a lock's wait: a thread that tries a held lock takes
# the lock's internal mutex (without the GIL when it waits), and a fork at that moment copies the
# mutex locked by a thread the child does not have. The child must still be able to use the
# lock: it reads as held (as in CPython) and a timed acquire fails at its timeout, with no hang.
# Under nogil the waiters run during the fork; under a GIL design only those between dropping
# the GIL and sleeping do, a window that a ThreadSanitizer build widens.
# timeout: 90s
# args: --gil newgil
# args: --gil iospin
# args-unless-asan: --gil nogil
import multiprocessing
import threading

held = threading.Lock()
held.acquire()
stop = threading.Event()

def try_without_waiting():
    while not stop.is_set():
        held.acquire(False)

def try_with_timeout():
    while not stop.is_set():
        held.acquire(timeout=0.00001)

def child(conn):
    conn.send((held.locked(), held.acquire(timeout=0.001)))

waiters = [threading.Thread(target=f) for f in (try_without_waiting, try_with_timeout) * 2]
for t in waiters:
    t.start()
answers = []
for i in range(150):
    reader, writer = multiprocessing.Pipe()
    p = multiprocessing.Process(target=child, args=(writer,))
    p.start()
    answers.append(reader.recv() if reader.poll(5) else "no answer")
    if answers[-1] == "no answer":
        p.kill()
    p.join()
stop.set()
held.release()
for t in waiters:
    t.join()
print(len(answers), set(answers))  # expect: 150 {(True, False)}
