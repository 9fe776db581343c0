# heapq's sift loops compare ints and floats in line and fall back to `<` for anything else,
# mid-sift too; heappush(h, x) and heappop(h) taken by their two- and one-argument fast calls.
import heapq


class Rank:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < (other.n if isinstance(other, Rank) else other)

    def __gt__(self, other):
        return self.n > (other.n if isinstance(other, Rank) else other)

    def __repr__(self):
        return "Rank(%d)" % self.n


def fill(values):
    h = []
    for v in values:
        heapq.heappush(h, v)
    return h


def drain(h):
    out = []
    while h:
        out.append(heapq.heappop(h))
    return out


ints = [(i * 7919) % 101 for i in range(40)]
h = fill(ints)
print(h)
print(drain(h))
floats = [((i * 37) % 23) / 4 for i in range(30)]
h = fill(floats)
print(h)
print(drain(h))
# A NaN never compares less: where it stays depends on the sift, as in CPython.
h = fill([3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5])
print(h)
print(drain(h))
# Ints and floats mixed, and bools: compared by `<`, not in line.
h = fill([3, 2.5, True, 1, 0.5, False, 7, 2])
print(h)
print(drain(h))
# Big ints among small ones.
h = fill([10**30, 5, -(10**25), 7, 2**63, -3])
print(h)
print(drain(h))
# An instance with __lt__ reached mid-way through an int sift.
h = fill([1, 5, 9, 13, 17, 21, 25, 29])
heapq.heappush(h, Rank(0))
print(h)
heapq.heappush(h, 4)
print(h)
print(drain(h))
# heapreplace and heappushpop on ints, and heapify beyond 2500 items.
h = fill(ints[:20])
print(heapq.heapreplace(h, 50), heapq.heappushpop(h, 3), heapq.heappushpop(h, -1))
print(h)
big = [(i * 7919) % 10007 for i in range(3000)]
big[1234] = 0.5
heapq.heapify(big)
print(big[:12], drain(big)[-3:])
# The max-heap helpers (heapq.merge(reverse=True), nlargest).
print(list(heapq.merge([9, 5.5, 1], [8, 3, 2.5], reverse=True)))
print(heapq.nlargest(4, [3, 1.5, 9, 7, 2, 8.25, 6]))
print(heapq.nsmallest(3, [3, 1.5, 9, 7, 2, 8.25, 6]))
# Errors, as CPython's.
for call in [
    lambda: heapq.heappop([]),
    lambda: heapq.heappop(None),
    lambda: heapq.heappop((1, 2)),
    lambda: heapq.heappush(5, 1),
    lambda: heapq.heappush([]),
    lambda: heapq.heappush([], 1, 2),
    lambda: heapq.heappop(),
    lambda: heapq.heappop([1], [2]),
    lambda: heapq.heappush(heap=[], item=1),
    lambda: heapq.heappop(heap=[1]),
    lambda: heapq.heappush([1, "a"], 0),
    lambda: fill([1, 2, "x"]),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
try:
    while True:
        heapq.heappop(h)
except IndexError as e:
    print("emptied:", e, h)

# expect: [0, 2, 3, 6, 12, 15, 18, 25, 9, 22, 53, 47, 34, 37, 28, 59, 40, 31, 21, 72, 66, 63, 94, 82, 75, 88, 56, 97, 44, 78, 69, 85, 100, 50, 81, 91, 62, 41, 43, 84]
# expect: [0, 2, 3, 6, 9, 12, 15, 18, 21, 22, 25, 28, 31, 34, 37, 40, 41, 43, 44, 47, 50, 53, 56, 59, 62, 63, 66, 69, 72, 75, 78, 81, 82, 84, 85, 88, 91, 94, 97, 100]
# expect: [0.0, 0.5, 0.0, 0.75, 1.0, 0.25, 0.25, 2.5, 2.0, 1.5, 2.25, 1.25, 1.25, 2.5, 3.75, 4.75, 4.25, 5.0, 5.5, 3.5, 3.25, 4.5, 2.75, 4.0, 3.5, 1.75, 4.75, 5.25, 3.0, 3.75]
# expect: [0.0, 0.0, 0.25, 0.25, 0.5, 0.75, 1.0, 1.25, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.5, 2.75, 3.0, 3.25, 3.5, 3.5, 3.75, 3.75, 4.0, 4.25, 4.5, 4.75, 4.75, 5.0, 5.25, 5.5]
# expect: [0.5, nan, 1.0, 2.0, nan, 3.0]
# expect: [0.5, 1.0, 3.0, nan, nan, 2.0]
# expect: [False, True, 0.5, 2, 1, 2.5, 7, 3]
# expect: [False, 0.5, True, 1, 2, 2.5, 3, 7]
# expect: [-10000000000000000000000000, 7, -3, 1000000000000000000000000000000, 9223372036854775808, 5]
# expect: [-10000000000000000000000000, -3, 5, 7, 9223372036854775808, 1000000000000000000000000000000]
# expect: [Rank(0), 1, 9, 5, 17, 21, 25, 29, 13]
# expect: [Rank(0), 1, 9, 5, 4, 21, 25, 29, 13, 17]
# expect: [Rank(0), 1, 4, 5, 9, 13, 17, 21, 25, 29]
# expect: 0 3 -1
# expect: [3, 6, 28, 9, 22, 47, 44, 25, 31, 66, 63, 82, 88, 50, 69, 85, 50, 91, 41, 72]
# expect: [0, 0.5, 8, 17, 7, 37, 19, 46, 47, 9, 26, 162] [9997, 10005, 10006]
# expect: [9, 8, 5.5, 3, 2.5, 1]
# expect: [9, 8.25, 7, 6]
# expect: [1.5, 2, 3]
# expect: IndexError index out of range
# expect: TypeError heappop() argument must be list, not None
# expect: TypeError heappop() argument must be list, not tuple
# expect: TypeError heappush() argument 1 must be list, not int
# expect: TypeError heappush expected 2 arguments, got 1
# expect: TypeError heappush expected 2 arguments, got 3
# expect: TypeError _heapq.heappop() takes exactly one argument (0 given)
# expect: TypeError _heapq.heappop() takes exactly one argument (2 given)
# expect: TypeError _heapq.heappush() takes no keyword arguments
# expect: TypeError _heapq.heappop() takes no keyword arguments
# expect: None
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: emptied: index out of range []
