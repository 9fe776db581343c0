# `with` calls __enter__ and __exit__ as method calls (LOAD_METHOD, CALL_METHOD): builtin locks
# and conditions, script managers (plain, inherited, staticmethod/classmethod-free), exceptions
# swallowed or not, return/break/continue through the block, nested managers, threads.
import threading
from contextlib import contextmanager

lock = threading.Lock()
rlock = threading.RLock()
counter = 0
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
        with rlock:
            with rlock:
                counter += 1
threads = [threading.Thread(target=work, args=(500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, lock.locked())

class Managed:
    log = []
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        Managed.log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        Managed.log.append("exit %s %s %s" % (self.name, kind.__name__ if kind else None, value))
        return self.swallow

class Quiet(Managed):
    def __init__(self, name):
        super().__init__(name, True)

def body(n):
    for i in range(n):
        with Managed("a") as a, Quiet("q") as q:
            if i == 0:
                continue
            if i == 1:
                raise KeyError(i)
            if i == 2:
                break
    with Managed("r") as r:
        return r + "!"
print(body(5))
print("\n".join(Managed.log))

try:
    with Managed("outer"):
        with Managed("inner"):
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print(Managed.log[-4:])

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name
    finally:
        print("</" + name + ">")
with tag("b") as b, tag("i"):
    print("text", b)

cond = threading.Condition()
sem = threading.Semaphore(2)
with cond:
    cond.notify_all()
with sem:
    with sem:
        print("semaphore held twice", sem.acquire(blocking=False))

# expect: 4000 False
# expect: R!
# expect: enter a
# expect: enter q
# expect: exit q None None
# expect: exit a None None
# expect: enter a
# expect: enter q
# expect: exit q KeyError 1
# expect: exit a None None
# expect: enter a
# expect: enter q
# expect: exit q None None
# expect: exit a None None
# expect: enter r
# expect: exit r None None
# expect: caught boom
# expect: ['enter outer', 'enter inner', 'exit inner ValueError boom', 'exit outer ValueError boom']
# expect: <b>
# expect: <i>
# expect: text b
# expect: </i>
# expect: </b>
# expect: semaphore held twice False
