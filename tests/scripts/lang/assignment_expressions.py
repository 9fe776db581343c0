# Assignment expressions (PEP 572): the value is the expression's, the name binds in the scope
# that holds the expression, and inside a comprehension in the nearest enclosing function (or
# the module), as CPython 3.11.
# args: --gil newgil
# args: --gil nogil
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print((y := 5) + y, y)
total = 0
i = 0
while (i := i + 1) < 5:
    total += i
print(total, i)
print([last := x for x in data], last)
print([s for x in data if (s := x * x) > 10], s)
def f(values):
    found = [v for v in values if (hit := v) > 5]
    return found, hit
print(f(data))
def g():
    [(inner := k) for k in range(3)]
    def h():
        return inner
    return h()
print(g())
def counter():
    count = 0
    bumped = [(count := count + 1) for _ in range(4)]
    return bumped, count
print(counter())
print(any((hit := x) > 8 for x in data), hit)
def nested():
    return [[(z := a * b) for b in range(3)] for a in range(2)], z
print(nested())
def with_global():
    global gv
    [gv := q for q in "ab"]
gv = None
with_global()
print(gv)
print(f"{(w := 10)} {w * 2}")
print(sorted(data, key=lambda v: (t := -v)), [t for t in [1]])
class K:
    attr = (cv := 7)
print(K.attr, K.cv)
def default(a=(d := 3)):
    return a, d
print(default())
import math
print([r for x in [1, 4, 9] if (r := math.isqrt(x)) and r > 1])
print(dict((k, kv) for k in "ab" if (kv := k.upper())), kv)
# expect: long 5
# expect: 10 5
# expect: 10 5
# expect: [3, 8, 1, 9, 4] 4
# expect: [64, 81, 16] 16
# expect: ([8, 9], 4)
# expect: 2
# expect: ([1, 2, 3, 4], 4)
# expect: True 9
# expect: ([[0, 0, 0], [0, 1, 2]], 2)
# expect: b
# expect: 10 20
# expect: [9, 8, 4, 3, 1] [1]
# expect: 7 7
# expect: (3, 3)
# expect: [2, 3]
# expect: {'a': 'A', 'b': 'B'} B
