# heapq's functions in C++ (module_heapq.cpp, CPython's _heapq algorithms): item order, errors,
# comparisons through script __lt__ and tuples, a list that changes size during a comparison,
# heapify's cache-friendly order on a large heap, and the max-heap helpers under merge().
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Errors, with CPython's messages.
show(lambda: heappush(1, 2))
show(lambda: heappush())
show(lambda: heappush([], 1, 2))
show(lambda: heappush(None, 1))
show(lambda: heappush(heap=[], item=1))
show(lambda: heappop(1))
show(lambda: heappop())
show(lambda: heappop([], 2))
show(lambda: heappop([]))
show(lambda: heappop(heap=[]))
show(lambda: heapify(()))
show(lambda: heapify(None))
show(lambda: heapify())
show(lambda: heapify(x=[]))
show(lambda: heapreplace([], 1))
show(lambda: heapreplace((), 1))
show(lambda: heappushpop((), 1))
show(lambda: heappushpop([], 1))
show(lambda: heapq._heappop_max([]))
show(lambda: heapq._heapify_max(1))
show(lambda: heapq._heapreplace_max([], 1))
show(lambda: heappush([1], "a"))
show(lambda: heappushpop([1], "a"))
h = [3, 1, 2]
show(lambda: heapify(h + ["x"]))
try:
    heappop([])
except IndexError as e:
    print("caught", e)

# Ints, floats, bools, big ints and strs mixed as `<` allows.
h = []
for x in [5, 2.5, True, 2**70, -3, 0.0, 7, -2**65, 1e300, False]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
words = "the quick brown fox jumps over the lazy dog".split()
heapify(words)
print(words, [heappop(words) for _ in range(4)])
nan = float("nan")
h = [3.0, nan, 1.0, 2.0]
heapify(h)
print(h)

# Tuples: (priority, counter, task) keeps equal priorities in insertion order.
tasks = []
for n, (prio, name) in enumerate([(2, "b"), (1, "a"), (2, "c"), (1, "d"), (0, "e"), (2, "f")]):
    heappush(tasks, (prio, n, name))
print([heappop(tasks) for _ in range(len(tasks))])
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "a", 0), (1,)]
heapify(pairs)
print(pairs, heappop(pairs), heappushpop(pairs, (0, "y")), heapreplace(pairs, (5,)), pairs)
nested = [((2, 1), "x"), ((1, 2), "y"), ((1, 1), "z")]
heapify(nested)
print(nested)
show(lambda: heapify([(1, "a"), (1, 2)]))


# Script classes with __lt__, counting the comparisons.
class Job:
    compared = 0

    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        Job.compared += 1
        return self.prio < other.prio

    def __repr__(self):
        return "Job(%d, %s)" % (self.prio, self.name)


jobs = []
for i, p in enumerate([5, 3, 8, 3, 1, 9, 5, 2, 3]):
    heappush(jobs, Job(p, "j%d" % i))
print(jobs, Job.compared)
print([heappop(jobs) for _ in range(4)], Job.compared)
print(heappushpop(jobs, Job(0, "new")), heapreplace(jobs, Job(4, "r")), jobs, Job.compared)
mixed = [(1, Job(2, "a")), (1, Job(1, "b")), (0, Job(3, "c"))]
heapify(mixed)
print(mixed, Job.compared)


class Truthy:  # __lt__ returning something that is not a bool
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other.v else []

    def __repr__(self):
        return "T%d" % self.v


ts = [Truthy(v) for v in [4, 1, 3, 2]]
heapify(ts)
print(ts, heappop(ts))


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


bad = [Bad(), Bad()]
show(lambda: heapify(bad))
show(lambda: heappush([Bad()], Bad()))


# A comparison that changes the list's size: CPython's RuntimeError.
class Shrinker:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        if self.heap:
            self.heap.pop()
        return self.v < other.v


shared = []
shared.extend([Shrinker(v, shared) for v in [5, 4, 3, 2, 1]])
show(lambda: heapify(shared))
print(len(shared))
shared.clear()  # the cycle (items hold the list) broken: the VM has no cycle collector
grow = []


class Grower:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        grow.append(Grower(0))
        return self.v < other.v


grow.extend([Grower(1), Grower(2)])
show(lambda: heappush(grow, Grower(0)))
print(len(grow))


# The same heap as CPython's for a large heapify (its cache-friendly order past 2500 items):
# the order of the comparisons is checked too.
class Logged:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Logged.log.append(self.v)
        return self.v < other.v


big = [(i * 7919) % 10007 for i in range(6000)]
heapify(big)
print(sum(i * v for i, v in enumerate(big)) % 1000003, big[:10])
logged = [Logged((i * 7919) % 5003) for i in range(3000)]
heapify(logged)
print(len(Logged.log), sum(i * v for i, v in enumerate(Logged.log)) % 1000003)
print([heappop(logged).v for _ in range(5)])
maxh = [(i * 31) % 97 for i in range(200)]
heapq._heapify_max(maxh)
print(maxh[:8], heapq._heappop_max(maxh), heapq._heapreplace_max(maxh, 50), maxh[:8])

# merge, nsmallest and nlargest on top of the native functions.
print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6], reverse=False)))
print(list(heapq.merge([5, 3, 1], [4, 2], [6, 0], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "b")], [(1, "c")], key=lambda t: t[0], reverse=False)))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))

# Heap sort of a larger sequence agrees with sorted().
data = [(i * 48271) % 65537 for i in range(5000)]
h = []
for x in data:
    heappush(h, x)
out = [heappop(h) for _ in range(len(h))]
print(out == sorted(data), h)
h = list(data)
heapify(h)
for x in range(100):
    heappushpop(h, x * 1000)
    heapreplace(h, x * 333)
print(len(h), h[:6], sum(h))

# The expected output (CPython 3.11):
# expect: TypeError heappush() argument 1 must be list, not int
# expect: TypeError heappush expected 2 arguments, got 0
# expect: TypeError heappush expected 2 arguments, got 3
# expect: TypeError heappush() argument 1 must be list, not None
# expect: TypeError _heapq.heappush() takes no keyword arguments
# expect: TypeError heappop() argument must be list, not int
# expect: TypeError _heapq.heappop() takes exactly one argument (0 given)
# expect: TypeError _heapq.heappop() takes exactly one argument (2 given)
# expect: IndexError index out of range
# expect: TypeError _heapq.heappop() takes no keyword arguments
# expect: TypeError heapify() argument must be list, not tuple
# expect: TypeError heapify() argument must be list, not None
# expect: TypeError _heapq.heapify() takes exactly one argument (0 given)
# expect: TypeError _heapq.heapify() takes no keyword arguments
# expect: IndexError index out of range
# expect: TypeError heapreplace() argument 1 must be list, not tuple
# expect: TypeError heappushpop() argument 1 must be list, not tuple
# expect: 1
# expect: IndexError index out of range
# expect: TypeError _heapify_max() argument must be list, not int
# expect: IndexError index out of range
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: caught index out of range
# expect: [-36893488147419103232, -3, 0.0, True, False, 2.5, 7, 1180591620717411303424, 1e+300, 5]
# expect: [-36893488147419103232, -3, 0.0, False, True, 2.5, 5, 7, 1180591620717411303424, 1e+300]
# expect: ['lazy', 'quick', 'over', 'the', 'the'] ['brown', 'dog', 'fox', 'jumps']
# expect: [1.0, 2.0, 3.0, nan]
# expect: [(0, 4, 'e'), (1, 1, 'a'), (1, 3, 'd'), (2, 0, 'b'), (2, 2, 'c'), (2, 5, 'f')]
# expect: [(1, 'a'), (1, 'a', 0), (1, 'b'), (5,)] (0, 'z') (0, 'y') (1,) [(1, 'a'), (1, 'a', 0), (1, 'b'), (5,)]
# expect: [((1, 1), 'z'), ((1, 2), 'y'), ((2, 1), 'x')]
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: [Job(1, j4), Job(2, j7), Job(5, j6), Job(3, j1), Job(3, j3), Job(9, j5), Job(8, j2), Job(5, j0), Job(3, j8)] 13
# expect: [Job(1, j4), Job(2, j7), Job(3, j3), Job(3, j8)] 25
# expect: Job(0, new) Job(3, j1) [Job(4, r), Job(5, j0), Job(5, j6), Job(8, j2), Job(9, j5)] 28
# expect: [(0, Job(3, c)), (1, Job(1, b)), (1, Job(2, a))] 28
# expect: [T2, T4, T3] T1
# expect: ValueError no order
# expect: ValueError no order
# expect: RuntimeError list changed size during iteration
# expect: 4
# expect: RuntimeError list changed size during iteration
# expect: 4
# expect: 168678 [0, 4, 6, 5, 7, 8, 19, 15, 17, 9]
# expect: 4945 431692
# expect: [0, 3, 4, 5, 9]
# expect: [96, 95, 96, 94, 94, 95, 92, 88] 96 96 [95, 95, 93, 94, 94, 93, 92, 88]
# expect: [0, 1, 2, 3, 4, 5, 6]
# expect: [6, 5, 4, 3, 2, 1, 0]
# expect: [(1, 'a'), (1, 'c'), (2, 'b')]
# expect: [1, 1, 2] [9, 6, 5]
# expect: True []
# expect: 5000 [2472, 2506, 2481, 2515, 2558, 2626] 170179156
