# closures: memoize decorator, counters, function composition, partial
import functools
def memo(f):
    cache = {}
    def wrapper(*args):
        if args in cache:
            return cache[args]
        r = f(*args)
        cache[args] = r
        return r
    return wrapper

@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

def make_counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc

def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h

total = 0
for i in range(300):
    total += paths(i % 40, (i * 7) % 40) % 1000
c = make_counter()
for i in range(100000):
    c()
    c(2)
add3 = lambda x: x + 3
dbl = lambda x: x * 2
pipeline = compose(add3, dbl, add3)
pw = functools.partial(pow, 2)
s = 0
for i in range(100000):
    s += pipeline(i)
print(total, c(0), s, pw(10))
