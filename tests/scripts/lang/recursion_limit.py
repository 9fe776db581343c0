# sys.setrecursionlimit() sets the depth calls may reach, as in CPython: deeper recursion once it
# is raised, RecursionError sooner once it is lowered, CPython's checks on the new limit.
# args: --gil newgil
# args: --gil nogil
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def limit_below_depth(k):
    if k:
        return limit_below_depth(k - 1)
    try:
        sys.setrecursionlimit(5)
        print("set to 5")
    except RecursionError as e:
        print(e)


def through_map(n):
    return 0 if n == 0 else sum(map(through_map, [n - 1])) + 1


print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
limit_below_depth(3)
limit_below_depth(6)
for bad in (0, -5, 2**31, 2**80, 2.5, "x", None):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())

sys.setrecursionlimit(50)
for k in (40, 48, 49, 60):
    try:
        print(k, depth(k))
    except RecursionError as e:
        print(k, "RecursionError:", e)
try:
    through_map(60)
except RecursionError:
    print("RecursionError through map")

sys.setrecursionlimit(30000)
print(sys.getrecursionlimit(), depth(25000))
print(through_map(100))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError:
    print("RecursionError at 1000 again")
# expect: 1000
# expect: cannot set the recursion limit to 5 at the recursion depth 6: the limit is too low
# expect: cannot set the recursion limit to 5 at the recursion depth 9: the limit is too low
# expect: ValueError recursion limit must be greater or equal than 1
# expect: ValueError recursion limit must be greater or equal than 1
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: 100
# expect: 40 40
# expect: 48 48
# expect: 49 RecursionError: maximum recursion depth exceeded
# expect: 60 RecursionError: maximum recursion depth exceeded
# expect: RecursionError through map
# expect: 30000 25000
# expect: 100
# expect: RecursionError at 1000 again
