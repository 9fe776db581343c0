# class Worker(threading.Thread): __init__ calling super().__init__() or Thread.__init__(self),
# run() overridden, name, daemon, is_alive, join, attributes of the subclass, isinstance, repr.
# args: --gil newgil
# args: --gil nogil
import threading


class Worker(threading.Thread):
    def __init__(self, n, name=None):
        super().__init__(name=name)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        print(f"{self.name} done: {self.total}, current is self: {threading.current_thread() is self}")


class Daemonic(threading.Thread):
    def __init__(self):
        threading.Thread.__init__(self, daemon=True)


w = Worker(1000, name="w1")
print(repr(w))  # expect: <Worker(w1, initial)>
print(isinstance(w, threading.Thread), isinstance(w, Worker), type(w).__name__, type(w))  # expect: True True Worker <class '__main__.Worker'>
print(threading.Thread, Worker.__bases__)  # expect: <class 'threading.Thread'> (<class 'threading.Thread'>,)
print(w.is_alive(), w.daemon)  # expect: False False
w.start()
w.join()
# expect: w1 done: 499500, current is self: True
print(w.is_alive(), w.total, repr(w).startswith("<Worker(w1, stopped "))  # expect: False 499500 True

d = Daemonic()
print(d.daemon, d.name.startswith("Thread-"))  # expect: True True
d.start()
d.join()  # Thread.run with no target: nothing
print(d.is_alive())  # expect: False


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: thread.__init__() not called

print(isinstance(threading.current_thread(), threading.Thread))  # expect: True


class Doubler(threading.Thread):
    def __init__(self, x):
        super().__init__()
        self.x = x
        self.result = None

    def run(self):
        self.result = self.x * 2

    def __repr__(self):
        return f"Doubler({self.x})"


workers = [Doubler(i) for i in range(3)]
for t in workers:
    t.daemon = True
    t.start()
for t in workers:
    t.join()
print([t.result for t in workers], workers)  # expect: [0, 2, 4] [Doubler(0), Doubler(1), Doubler(2)]


class Again(Worker):
    def run(self):
        super().run()
        print("after", self.total)


a = Again(3, name="again")
a.start()
a.join()
# expect: again done: 3, current is self: True
# expect: after 3
try:
    a.start()
except RuntimeError as e:
    print(e)  # expect: threads can only be started once
