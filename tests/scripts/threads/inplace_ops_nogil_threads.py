# args: --gil nogil
# In-place `x op= y` on big ints and strs in threads running in parallel: a value held only by a
# local and the stack is changed in its own block; one that anything else refers to (another
# local, a list, a global another thread reads, a shared tuple) must keep its value.
import threading

SHARED_BIG = 3 ** 100
shared_text = 'base'
results = [None] * 4

def fact(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

def work(k):
    out = []
    f = 1
    for i in range(2, 60 + k):
        f *= i                      # f alone: in place
    out.append(f == fact(59 + k))
    g = SHARED_BIG                  # held by the global too: never changed in place
    for i in range(50):
        g += i
        g -= 1
    out.append(g - SHARED_BIG)
    a = 2 ** 70
    kept = a                        # a second local: a must not change in place
    a += 1
    out.append((a - kept, kept == 2 ** 70))
    big = 10 ** 30
    items = [big]
    big *= 7                        # the list holds the old value
    out.append((items[0] == 10 ** 30, big == 7 * 10 ** 30))
    s = 'x%d' % k
    t = s
    for i in range(200):
        s += 'y'                    # alone after the first step
    out.append((t, len(s), s.count('y')))
    u = shared_text
    u += '!'
    out.append(u)
    fib_a, fib_b = 0, 1
    for i in range(200):
        fib_a, fib_b = fib_b, fib_a + fib_b
    out.append(fib_a % 1000003)
    n = 7 ** 80
    while n > 10 ** 5:
        n //= 3
    out.append(n)
    results[k] = out

def reader(stop, seen):
    # Reads the globals while the workers run: their values never change.
    while True:
        seen.append(SHARED_BIG == 3 ** 100 and shared_text == 'base')
        if stop:
            break

stop = []
seen = []
r = threading.Thread(target=reader, args=(stop, seen))
r.start()
threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
stop.append(1)
r.join()
print(all(seen), len(seen) > 0)
for out in results:
    print(out)
total = 1
for i in range(2, 30):
    total *= i
print(total, SHARED_BIG % 1000, shared_text)

# expect: True True
# expect: [True, 1175, (1, True), (True, True), ('x0', 202, 200), 'base!', 269624, 42446]
# expect: [True, 1175, (1, True), (True, True), ('x1', 202, 200), 'base!', 269624, 42446]
# expect: [True, 1175, (1, True), (True, True), ('x2', 202, 200), 'base!', 269624, 42446]
# expect: [True, 1175, (1, True), (True, True), ('x3', 202, 200), 'base!', 269624, 42446]
# expect: 8841761993739701954543616000000 1 base
