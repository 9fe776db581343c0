# Decorators: functools.wraps around `*args, **kwargs`, a decorator factory with a closure, a
# function attribute as counter.
import functools
def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
def clamp(lo, hi):
    def deco(fn):
        def inner(x):
            return max(lo, min(hi, fn(x)))
        return inner
    return deco
@counted
def add(a, b=1):
    return a + b
@clamp(0, 100)
def scale(x):
    return x * 3
def main(n):
    t = 0
    for i in range(n):
        t += add(i) + add(i, b=2) + scale(i % 50)
    return t, add.calls, add.__name__
print(main(40000))
