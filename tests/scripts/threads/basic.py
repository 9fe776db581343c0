# Thread(target=, args=), start, join; results come back through shared lists.
# Run once under each GIL design:
# args: --gil newgil
# args: --gil legacy
# args: --gil fifo
# args: --gil priority
# args: --gil bfs
# args: --gil iospin
# args: --gil nogil
import threading

results = []

def work(n, label):
    results.append(label + str(n * n))

t = threading.Thread(target=work, args=(7, "sq="))
t.start()
print(t.join())  # expect: None
print(results)  # expect: ['sq=49']

def no_args():
    results.append("no args")

t = threading.Thread(target=no_args)
t.start()
t.join()
print(results[-1])  # expect: no args

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

slots = [None] * 8

def compute(i):
    slots[i] = fib(10 + i)

threads = []
for i in range(8):
    th = threading.Thread(target=compute, args=(i,))
    threads.append(th)
for th in threads:
    th.start()
for th in threads:
    th.join()
print(slots)  # expect: [55, 89, 144, 233, 377, 610, 987, 1597]
