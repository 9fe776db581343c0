# map, filter, sorted(key=), list.sort(key=) and min/max(key=) call a script function once per
# item: after the first call, the calls of a plain function run one after another in its frame
# (call_repeatedly()). Each must still be a call of its own: fresh locals, exceptions with the
# function's frame in the traceback, StopIteration ending a map or filter, the recursion limit,
# the eval breaker's poll (another thread runs meanwhile), and any other callable taken the
# general way.
# args: --gil newgil
# args: --gil nogil
# timeout: 20s
import sys
import threading
import traceback

l = [5, 3, 8, 1, 9, 2]
print(sum(map(lambda a: a * 2, l)), list(map(lambda a: a + 1, range(5))), list(map(lambda a: -a, (1, 2))))
print(list(filter(lambda a: a & 1, l)), list(filter(lambda a: a > 4, range(10))), len(list(filter(lambda a: None, l))))
print(sorted(l, key=lambda a: -a), sorted(["bb", "a", "ccc"], key=lambda s: len(s), reverse=True))
copy = l[:]
copy.sort(key=lambda a: a % 4)
print(copy)
print(max(l, key=lambda a: a % 5), min(l, key=lambda a: a % 5), max([3, 13, 23], key=lambda a: a % 10), min([3, 13, 23], key=lambda a: a % 10))
# Keys and results that are not ints (compared or added the general way), mixed with ints.
print(max(l, key=lambda a: a / 2 if a > 4 else a), sum(map(lambda a: a * 2 ** 62, l)), sum(map(lambda a: a / 4, l)))
print(list(filter(lambda a: [a] if a > 4 else 0, l)), list(filter(lambda a: "x" * (a % 2), l)))
# Every call has fresh locals; a closure sees its cell change; defaults and keyword-only defaults.
def fresh(a):
    if a == 5:
        b = 1
    try:
        return b
    except UnboundLocalError:
        return "unbound"
print(list(map(fresh, [5, 3])))
def counter():
    n = 0
    def step(a):
        nonlocal n
        n += a
        return n
    return step
print(list(map(counter(), l)))
print(list(map(lambda a, b=10: a + b, l)), list(map(lambda a, *, k=1: a * k, l)), list(map(lambda *a: a, l[:2])))
print(list(map(lambda a, b: a * b, l, l)))
# Generator functions, bound methods, builtins, classes and callable instances as the function.
def gen(a):
    yield a
    yield a + 1
print([list(g) for g in map(gen, l[:3])], sorted(l, key=lambda a: next(gen(-a))))
class Scale:
    def __init__(self, k):
        self.k = k
    def times(self, a):
        return a * self.k
    def __call__(self, a):
        return a * self.k + 1
print(list(map(Scale(3).times, l)), list(map(Scale(2), l)), list(map(str, l)), list(filter(bool, [0, 1, 2])))
print(max(l, key=Scale(-1).times), sorted(l, key=abs), list(map(int, "123")), sum(map(len, ["ab", "c"])))
# An exception from the function: the function's frame and line in the traceback, the items
# before it taken.
def check(a):
    if a == 8:
        raise ValueError("bad %d" % a)
    return a
seen = []
def record(a):
    seen.append(a)
    return check(a)
for run in (lambda: sum(map(record, l)), lambda: list(filter(record, l)),
            lambda: sorted(l, key=record), lambda: max(l, key=record)):
    seen.clear()
    try:
        run()
    except ValueError as e:
        files = [l.split(", ", 1)[1] for l in traceback.format_exc().splitlines() if l.startswith("  File")]
        print(e, seen, files[-2:])
# StopIteration from map's or filter's function ends the iteration there.
def stop_at(a):
    if a == 8:
        raise StopIteration
    return a
print(list(map(stop_at, l)), sum(map(stop_at, l)), list(filter(stop_at, l)))
try:
    sorted(l, key=stop_at)
except StopIteration:
    print("sorted: StopIteration")
# The function may change the list it iterates, the last reference to an item going with it.
class Item:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Item(%d)" % self.v
items = [Item(v) for v in (4, 7, 1, 9)]
def shrink(item):
    if items:
        items.pop()
    return item.v
print(max(items, key=shrink), items)
items = [Item(v) for v in (4, 7, 1, 9)]
def drop_all(item):
    items.clear()
    return item.v % 2
print(list(filter(drop_all, iter(items))), items)
items = [Item(v) for v in (4, 7, 1, 9)]
def grow(item):
    if len(items) < 6:
        items.append(Item(item.v * 10))
    return item.v
print(list(map(grow, items)), min(items, key=lambda i: -i.v))
# The recursion limit: a key function that recurses, and repeated calls deep in a recursion.
def deep(n):
    return 0 if n == 0 else sum(map(lambda a: deep(n - 1) + a, [1, 1]))
print(deep(6))
def endless(a):
    return max([a], key=endless)
try:
    endless(1)
except RecursionError as e:
    print("RecursionError")
sys.setrecursionlimit(200)
try:
    deep(400)
except RecursionError as e:
    print("RecursionError")
sys.setrecursionlimit(1000)
# Another thread runs while one long map runs (the eval breaker is polled at each call).
counter_box = [0]
started = threading.Event()
stop = threading.Event()
def count():
    started.set()
    while not stop.is_set():
        counter_box[0] += 1
t = threading.Thread(target=count)
t.start()
started.wait()
first = counter_box[0]
def until_counted(a):
    if counter_box[0] > first + 1000:
        raise StopIteration
    return 1
calls = sum(map(until_counted, range(10 ** 12)))
stop.set()
t.join()
print("other thread ran", counter_box[0] > first + 1000)  # else the map would never end

# expect: 56 [1, 2, 3, 4, 5] [-1, -2]
# expect: [5, 3, 1, 9] [5, 6, 7, 8, 9] 0
# expect: [9, 8, 5, 3, 2, 1] ['ccc', 'bb', 'a']
# expect: [8, 5, 1, 9, 2, 3]
# expect: 9 5 3 3
# expect: 9 129127208515966861312 7.0
# expect: [5, 8, 9] [5, 3, 1, 9]
# expect: [1, 'unbound']
# expect: [5, 8, 16, 17, 26, 28]
# expect: [15, 13, 18, 11, 19, 12] [5, 3, 8, 1, 9, 2] [(5,), (3,)]
# expect: [25, 9, 64, 1, 81, 4]
# expect: [[5, 6], [3, 4], [8, 9]] [9, 8, 5, 3, 2, 1]
# expect: [15, 9, 24, 3, 27, 6] [11, 7, 17, 3, 19, 5] ['5', '3', '8', '1', '9', '2'] [1, 2]
# expect: 1 [1, 2, 3, 5, 8, 9] [1, 2, 3] 3
# expect: bad 8 [5, 3, 8] ['line 67, in record', 'line 62, in check']
# expect: bad 8 [5, 3, 8] ['line 67, in record', 'line 62, in check']
# expect: bad 8 [5, 3, 8] ['line 67, in record', 'line 62, in check']
# expect: bad 8 [5, 3, 8] ['line 67, in record', 'line 62, in check']
# expect: [5, 3] 8 [5, 3]
# expect: sorted: StopIteration
# expect: Item(7) [Item(4), Item(7)]
# expect: [] []
# expect: [4, 7, 1, 9, 40, 70] Item(70)
# expect: 126
# expect: RecursionError
# expect: RecursionError
# expect: other thread ran True
