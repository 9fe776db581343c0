# functools: reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering, against
# python3.11's output.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [], 7), reduce(lambda a, b: a + b, ["x"]))
try:
    reduce(max, [])
except TypeError as e:
    print(e)

def power(base, exponent, *, scale=1):
    return scale * base ** exponent

square = partial(power, exponent=2)
print(square(5), square(3, scale=10), partial(power, 2)(10), partial(partial(power, 2), 3)())
print(square.func is power, square.args, square.keywords)
print(repr(partial(max, 1, key=None)))
print(list(map(partial(int, base=2), ["101", "11"])))
for args in [(1,), ()]:
    try:
        partial(*args)
    except TypeError as e:
        print(e)

calls = []

@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__(1))

@lru_cache
def plain(x):
    return x * 2

print(plain(2), plain(2), plain(3), plain.cache_info(), plain.cache_parameters())

@lru_cache(maxsize=2)
def small(x):
    calls.append(x)
    return x

calls.clear()
for v in [1, 2, 1, 3, 2, 1]:
    small(v)
print(calls, small.cache_info())

@lru_cache(maxsize=0)
def never(x):
    return x

never(1)
never(1)
print(never.cache_info())

@lru_cache(maxsize=8, typed=True)
def typed(x):
    calls.append(x)
    return x

calls.clear()
typed(1)
typed(1.0)
typed(x=1)
typed(x=1)
print(calls, typed.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print(e)

@cache
def grid(r, c):
    if r == 0 or c == 0:
        return 1
    return grid(r - 1, c) + grid(r, c - 1)

print(grid(16, 16), grid.cache_info().currsize)
info = grid.cache_info()
hits, misses, maxsize, currsize = info
print(info.hits == hits, maxsize, info[3] == currsize, info)

class Account:
    def __init__(self, rate):
        self.rate = rate

    @lru_cache(maxsize=None)
    def interest(self, amount):
        return amount * self.rate

a = Account(2)
print(a.interest(10), a.interest(10), Account.interest.cache_info().hits)

def logged(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        return ("logged", f(*args, **kwargs))
    return wrapper

@logged
def add(x, y):
    return x + y

print(add(1, 2), add.__name__, add.__wrapped__(3, 4))

def compare_len(a, b):
    return len(a) - len(b)

print(sorted(["ccc", "a", "bb", ""], key=cmp_to_key(compare_len)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
k = cmp_to_key(compare_len)
print(k("ab") < k("abc"), k("ab") == k("cd"), k("abc") >= k("ab"))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return "V" + str(self.n)

print(Version(1) < Version(2), Version(1) > Version(2), Version(2) >= Version(2), Version(3) <= Version(2))
print(sorted([Version(3), Version(1), Version(2)]), max(Version(5), Version(4)))

@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n

print(Rank(1) < Rank(2), Rank(1) > Rank(2), Rank(2) <= Rank(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
print(functools.reduce is reduce)

# python3.11's output:
# expect: 10 1200
# expect: 7 x
# expect: reduce() of empty iterable with no initial value
# expect: 25 90 1024 8
# expect: True () {'exponent': 2}
# expect: functools.partial(<built-in function max>, 1, key=None)
# expect: [5, 3]
# expect: the first argument must be callable
# expect: type 'partial' takes at least one argument
# expect: 23416728348467685 81 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
# expect: CacheInfo(hits=0, misses=0, maxsize=None, currsize=0) fib 1
# expect: 4 4 6 CacheInfo(hits=1, misses=2, maxsize=128, currsize=2) {'maxsize': 128, 'typed': False}
# expect: [1, 2, 3, 2, 1] CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
# expect: CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)
# expect: [1, 1.0, 1] CacheInfo(hits=1, misses=3, maxsize=8, currsize=3)
# expect: Expected first argument to be an integer, a callable, or None
# expect: 601080390 288
# expect: True None True CacheInfo(hits=225, misses=288, maxsize=None, currsize=288)
# expect: 20 20 1
# expect: ('logged', 3) add 7
# expect: ['', 'a', 'bb', 'ccc']
# expect: [3, 2, 1]
# expect: True True True
# expect: True False True False
# expect: [V1, V2, V3] V5
# expect: True False True
# expect: must define at least one ordering operation: < > <= >=
# expect: True
