# Unpacking errors as CPython's: wrong lengths (an endless iterator is stopped after one item too
# many), non-iterables, an iterator raising midway (what it gave released), starred targets.
import itertools
def gen(n):
    for i in range(n):
        yield i
    print("gen ran out", n)
for src in ([1, 2, 3], (1,), "ab", "abc", gen(1), gen(3), itertools.count(), {1: 2, 3: 4}, 5, None, iter([]), range(2)):
    try:
        a, b = src
        print("ok", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for src in ([1], (1, 2, 3, 4), gen(0), gen(5), "x", 3.5, range(10)):
    try:
        a, *b, c = src
        print("ok", a, b, c)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Bad:
    def __iter__(self):
        yield 1
        raise KeyError("mid")
try:
    a, b, c = Bad()
except KeyError as e:
    print("KeyError", e)
try:
    a, *b = Bad()
except KeyError as e:
    print("KeyError", e)
class NotIter:
    def __iter__(self):
        return 5
try:
    a, b = NotIter()
except TypeError as e:
    print("TypeError", e)
def f(line):
    try:
        k, v = line.split("=")
        return k
    except ValueError as e:
        return str(e)
print([f(x) for x in ("a=1", "b", "c=1=2", "")])
n = 0
for i in range(1000):
    try:
        x, y = [i] * (i % 3)
    except ValueError:
        n += 1
print(n)

# expect: ValueError too many values to unpack (expected 2)
# expect: ValueError not enough values to unpack (expected 2, got 1)
# expect: ok a b
# expect: ValueError too many values to unpack (expected 2)
# expect: gen ran out 1
# expect: ValueError not enough values to unpack (expected 2, got 1)
# expect: ValueError too many values to unpack (expected 2)
# expect: ValueError too many values to unpack (expected 2)
# expect: ok 1 3
# expect: TypeError cannot unpack non-iterable int object
# expect: TypeError cannot unpack non-iterable NoneType object
# expect: ValueError not enough values to unpack (expected 2, got 0)
# expect: ok 0 1
# expect: ValueError not enough values to unpack (expected at least 2, got 1)
# expect: ok 1 [2, 3] 4
# expect: gen ran out 0
# expect: ValueError not enough values to unpack (expected at least 2, got 0)
# expect: gen ran out 5
# expect: ok 0 [1, 2, 3] 4
# expect: ValueError not enough values to unpack (expected at least 2, got 1)
# expect: TypeError cannot unpack non-iterable float object
# expect: ok 0 [1, 2, 3, 4, 5, 6, 7, 8] 9
# expect: KeyError 'mid'
# expect: KeyError 'mid'
# expect: TypeError iter() returned non-iterator of type 'int'
# expect: ['a', 'not enough values to unpack (expected 2, got 1)', 'too many values to unpack (expected 2)', 'not enough values to unpack (expected 2, got 1)']
# expect: 667
