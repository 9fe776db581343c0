# args: --gil nogil
# complex arithmetic in threads running in parallel: each thread's results (the free lists of
# freed complex objects are per thread, shared constants and locals are counted atomically)
import threading

def mandel(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit

shared = 0.25 + 0.5j
results = [None] * 4

def work(k):
    total = 0
    acc = 0j
    for y in range(12):
        for x in range(24):
            c = complex(-2.0 + x * 3.0 / 24, -1.2 + y * 2.4 / 12)
            total += mandel(c)
            acc += c * shared / (1 + 1j) - shared ** 2
    results[k] = (total, acc)

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results[0], all(r == results[0] for r in results))
print(shared, {shared: 1}[0.25 + 0.5j])

# expect: (5102, (-3.1499999999999977-103.05000000000015j)) True
# expect: (0.25+0.5j) 1
