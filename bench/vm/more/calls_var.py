# Calls with defaults, `*args`, `**kwargs`, keywords out of order, `f(*args)` and `f(**opts)`.
def f(a, b=2, *args, **kw):
    return a + b + len(args) + len(kw)
def g(x, y, z=1):
    return x * y - z
def h(*args):
    return sum(args)
def main(n):
    t = 0
    for i in range(n):
        t += f(i)
        t += f(i, 3, 4, 5, k=1)
        t += g(i, 2)
        t += g(y=i, x=1, z=3)
        t += h(i, i, i)
        args = (i, 1)
        t += g(*args)
        opts = {"z": 2}
        t += g(i, 1, **opts)
    return t
print(main(20000))
