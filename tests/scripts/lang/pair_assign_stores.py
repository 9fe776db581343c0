# `a, b = x, y` with two plain locals stores b first without a swap, and two stores in a row fuse
# (STORE_LOCAL_STORE_LOCAL: `for k, v in d.items()`): the same results as CPython 3.11 for the
# same name twice, cells, globals, class bodies, generators, big ints, strs and an unbound local.
# args: --gil newgil
# args: --gil nogil

def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append(a)
    return out
print(fib_pairs(12))

def swap_same(x):
    a, a = x, x + 1          # the same name twice: stored left to right, the last wins
    return a
print(swap_same(5))

def order():
    seen = []
    def f(v):
        seen.append(v)
        return v
    p, q = f(1), f(2)        # evaluated left to right
    return p, q, seen
print(order())

def cells():
    a, b = 1, 2
    def get():
        return a, b
    a, b = b, a              # cells: stored in order
    return get()
print(cells())

def unbound():
    try:
        a, b = b, 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()

g1, g2 = 10, 20
g1, g2 = g2, g1
print(g1, g2)

class C:
    x, y = 1, 2
    x, y = y, x
print(C.x, C.y)

def items_loop(d):
    total = 0
    keys = []
    for k, v in d.items():
        total += v
        keys.append(k)
    for i, (k, v) in enumerate(sorted(d.items())):
        total += i * v
    return total, keys
print(items_loop({"a": 1, "b": 2, "c": 3}))

def gen():
    a, b = 1, 2
    while a < 50:
        yield a
        a, b = b, a * b + 1
print(list(gen()))

def big():
    a, b = 0, 1
    for _ in range(200):
        a, b = b, a + b
    s, t = "", "x"
    for _ in range(5):
        s, t = s + t, t + "y"
    return a % 1000007, s
print(big())
# expect: [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144]
# expect: 6
# expect: (1, 2, [1, 2])
# expect: (2, 1)
# expect: UnboundLocalError cannot access local variable 'b' where it is not associated with a value
# expect: 20 10
# expect: 2 1
# expect: (14, ['a', 'b', 'c'])
# expect: [1, 2, 3, 7, 22]
# expect: (754119, 'xxyxyyxyyyxyyyy')
