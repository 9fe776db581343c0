# range is a sequence (reusable, indexable, sliceable, `in` by arithmetic, index/count,
# equality as sequences); reversed() is lazy and honours __reversed__; iter(callable, sentinel).
r = range(5)
print(list(r), list(r), len(r), sum(r))  # expect: [0, 1, 2, 3, 4] [0, 1, 2, 3, 4] 5 10
print(r, range(2, 8, 2), range(0, -3, -1))  # expect: range(0, 5) range(2, 8, 2) range(0, -3, -1)
print(r[2], r[-1], range(10)[2:8:2], range(10)[::-1], range(10)[2:7:2])  # expect: 2 4 range(2, 8, 2) range(9, -1, -1) range(2, 7, 2)
print(range(0, 20, 3)[1:4], list(range(0, 20, 3)[::2]), range(10)[100:])  # expect: range(3, 12, 3) [0, 6, 12, 18] range(10, 10)
print(3 in r, 5 in r, -1 in r, 3.0 in r, "3" in r, 6 in range(0, 10, 3), 7 in range(0, 10, 3))  # expect: True False False True False True False
print(range(0, 30, 5).index(15), range(10).count(3), range(10).count(11), range(10).count(2.0))  # expect: 3 1 0 1
print(r.start, r.stop, r.step, range(1, 9, 2).step)  # expect: 0 5 1 2
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(3) == range(4), range(3) == [0, 1, 2])  # expect: True True False False
print(bool(range(0)), bool(range(1)), isinstance(r, range), type(r).__name__)  # expect: False True True range
print(len({range(0, 3, 2), range(0, 4, 2), range(0)}))  # expect: 2
try:
    range(10).index(10)
except ValueError as e:
    print(e)  # expect: 10 is not in range
try:
    range(3)[3]
except IndexError as e:
    print(e)  # expect: range object index out of range
for i in r:
    pass
print(list(r), [i for i in r if i % 2])  # expect: [0, 1, 2, 3, 4] [1, 3]

print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))  # expect: [4, 3, 2, 1, 0] [7, 4, 1] []
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("añb")))  # expect: [3, 2, 1] [2, 1] bña
print(list(reversed({"a": 1, "b": 2, "c": 3})))  # expect: ['c', 'b', 'a']
items = [1, 2, 3, 4]
backwards = reversed(items)
print(next(backwards))  # expect: 4
items.pop()
items.pop()  # a list iterator that finds its list shrunk past it ends, as CPython's
print(list(backwards))  # expect: []


class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))


class Letters:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "xyz"[i]


print(list(reversed(Countdown(3))), list(reversed(Letters())))  # expect: [1, 2, 3] ['z', 'y', 'x']
for bad in [{1, 2}, (x for x in []), 5]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
# expect: 'set' object is not reversible
# expect: 'generator' object is not reversible
# expect: 'int' object is not reversible

lines = iter(["alpha", "beta", "", "gamma"])
print(list(iter(lambda: next(lines), "")))  # expect: ['alpha', 'beta']
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)), counter)  # expect: [1, 2, 3] [4]
sentinel_iter = iter(tick, 6)
print(next(sentinel_iter), next(sentinel_iter, "done"), next(sentinel_iter, "done"))  # expect: 5 done done
try:
    iter(5, 0)
except TypeError as e:
    print(e)  # expect: iter(v, w): v must be callable
