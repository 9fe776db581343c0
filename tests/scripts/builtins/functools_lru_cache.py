# functools.lru_cache and cache (the native _lru_cache_wrapper, as CPython's): hits and misses,
# eviction order of a bounded cache, typed=, keyword arguments as distinct keys, unhashable
# arguments, methods, cache_clear, cache_parameters, __wrapped__, recursion to the limit.
# Against python3.11's output.
# args: --gil newgil
# args: --gil nogil
import functools
import sys
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


# Eviction: the least recently used goes; a hit makes its key the most recent.
for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(v)
print(calls, square.cache_info())
calls.clear()
square(1)
square(5)
square(3)
square(4)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())


# Keyword arguments make keys of their own, as CPython's _make_key: f(1, 2), f(1, b=2),
# f(a=1, b=2) and f(b=2, a=1) are four entries.
@lru_cache(maxsize=None)
def pair(a, b=0):
    calls.append((a, b))
    return a * 10 + b


calls.clear()
print(pair(1, 2), pair(1, b=2), pair(a=1, b=2), pair(b=2, a=1), pair(1, 2), pair(1, b=2))
print(len(calls), pair.cache_info())


# typed: 1 and 1.0 (and True) are distinct; untyped they share one entry, and a lone int or str
# argument is its own key while a bool's is a tuple.
@lru_cache(maxsize=None, typed=True)
def typed(x):
    calls.append(x)
    return repr(x)


@lru_cache(maxsize=None)
def untyped(x):
    calls.append(x)
    return repr(x)


calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), typed(x=1), typed(x=1.0))
print(typed.cache_info(), typed.cache_parameters())
print(untyped(1), untyped(1.0), untyped(True), untyped("s"), untyped("s"), untyped.cache_info())
print(calls)

# Unhashable arguments: TypeError, counted neither as a hit nor as a miss (the hash fails first).
for arg in [[1, 2], {"a": 1}, {1}]:
    try:
        untyped(arg)
    except TypeError as e:
        print("TypeError:", e)
try:
    pair([1], b=2)
except TypeError as e:
    print("TypeError:", e)
print(untyped.cache_info())


# maxsize=0: nothing cached, every call a miss; negative is 0.
@lru_cache(maxsize=-5)
def never(x):
    return x


never(1)
never(1)
print(never.cache_info(), never.cache_parameters())


# Exceptions pass through and cache nothing.
@cache
def fails(x):
    calls.append(x)
    raise KeyError(x)


calls.clear()
for _ in range(2):
    try:
        fails(3)
    except KeyError as e:
        print("KeyError:", e)
print(calls, fails.cache_info())


# Methods: the wrapper binds to the instance as a function does.
class Account:
    def __init__(self, rate):
        self.rate = rate

    @lru_cache(maxsize=None)
    def interest(self, amount):
        calls.append(amount)
        return amount * self.rate

    def __hash__(self):
        return self.rate

    def __eq__(self, other):
        return self.rate == other.rate


calls.clear()
a, b = Account(2), Account(3)
print(a.interest(10), a.interest(10), b.interest(10), Account.interest(a, 10), calls)
print(Account.interest.cache_info(), Account.interest.__name__)
Account.interest.cache_clear()

# Attributes: __wrapped__, __name__, and others that scripts set.
print(square.__wrapped__(7), square.__name__, pair.__name__)
square.note = "x"
print(square.note, type(square.cache_info()).__name__, square.cache_info().maxsize)
print(repr(square).startswith("<functools._lru_cache_wrapper object at 0x"))


# @lru_cache without parentheses, and cache.
@lru_cache
def plain(x):
    return -x


print(plain(3), plain(3), plain.cache_info(), plain.cache_parameters())
print(cache(abs)(-4), lru_cache(maxsize=None)(len)("abc"))
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)


# Recursion through the cache: deep enough, a RecursionError, not a crash; the cache still works.
@cache
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
# (100 deep: sanitizer builds' C++ frames are large, and the native stack runs out sooner)
print(depth(100), depth.cache_info().currsize >= 101)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


t = 0
for i in range(30):
    fib.cache_clear()
    t += fib(60)
print(t, fib.cache_info())


# A bounded cache whose function caches the same key while it runs (recursion to itself).
@lru_cache(maxsize=2)
def bounded_fib(n):
    return n if n < 2 else bounded_fib(n - 1) + bounded_fib(n - 2)


print(bounded_fib(30), bounded_fib.cache_info())


# Wrapped in classmethod and staticmethod; the bound method reads the wrapper's attributes.
class Shape:
    @classmethod
    @cache
    def make(cls, n):
        return (cls.__name__, n)

    @staticmethod
    @cache
    def double(n):
        return n * 2

    @lru_cache(maxsize=None)
    def area(self, n):
        return n * n


s = Shape()
print(Shape.make(3), Shape.make(3), Shape.double(4), s.double(4), Shape.make.cache_info().hits)
print(s.area(2), s.area(2), s.area.cache_info(), s.area.__wrapped__(s, 5))
Shape.area.cache_clear()

# python3.11's output:
# expect: [1, 2, 3, 4, 2, 5, 3] CacheInfo(hits=2, misses=7, maxsize=3, currsize=3)
# expect: [4] CacheInfo(hits=5, misses=8, maxsize=3, currsize=3)
# expect: CacheInfo(hits=0, misses=0, maxsize=3, currsize=0) 4 CacheInfo(hits=0, misses=1, maxsize=3, currsize=1)
# expect: 12 12 12 12 12 12
# expect: 4 CacheInfo(hits=2, misses=4, maxsize=None, currsize=4)
# expect: 1 1.0 True 1 1 1.0
# expect: CacheInfo(hits=1, misses=5, maxsize=None, currsize=5) {'maxsize': None, 'typed': True}
# expect: 1 1.0 1.0 's' 's' CacheInfo(hits=2, misses=3, maxsize=None, currsize=3)
# expect: [1, 1.0, True, 1, 1.0, 1, 1.0, 's']
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: unhashable type: 'set'
# expect: TypeError: unhashable type: 'list'
# expect: CacheInfo(hits=2, misses=3, maxsize=None, currsize=3)
# expect: CacheInfo(hits=0, misses=2, maxsize=0, currsize=0) {'maxsize': 0, 'typed': False}
# expect: KeyError: 3
# expect: KeyError: 3
# expect: [3, 3] CacheInfo(hits=0, misses=2, maxsize=None, currsize=0)
# expect: 20 20 30 20 [10, 10]
# expect: CacheInfo(hits=2, misses=2, maxsize=None, currsize=2) interest
# expect: 49 square pair
# expect: x CacheInfo 3
# expect: True
# expect: -3 -3 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1) {'maxsize': 128, 'typed': False}
# expect: 4 3
# expect: TypeError: Expected first argument to be an integer, a callable, or None
# expect: RecursionError: maximum recursion depth exceeded
# expect: 100 True
# expect: 46440262677600 CacheInfo(hits=58, misses=61, maxsize=None, currsize=61)
# expect: 832040 CacheInfo(hits=8656, misses=41641, maxsize=2, currsize=2)
# expect: ('Shape', 3) ('Shape', 3) 8 8 1
# expect: 4 4 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1) 25
