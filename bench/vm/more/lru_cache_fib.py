# functools.lru_cache on recursive functions (cache_clear between rounds), functools.reduce.
from functools import lru_cache, reduce
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
@lru_cache(maxsize=128)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
def main(n):
    t = 0
    for i in range(n):
        fib.cache_clear()
        t += fib(80) % 1000
        t += collatz(i % 500 + 1)
    t += reduce(lambda a, b: a * 31 + b, range(1000)) % 997
    return t
print(main(300))
