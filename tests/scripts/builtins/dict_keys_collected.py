# list(d), tuple(d), sorted(d), list(d.keys()): a dict's keys taken at once, in insertion order,
# holes left out; a subclass that iterates its own way is iterated.
from collections import defaultdict, OrderedDict, Counter

d = {"b": 1, "a": 2, 3: "c", (1, 2): None, 2.5: 0}
print(list(d), tuple(d), sorted(map(str, d)), list(d.keys()), list(d.values()))
for k in ("a", 3):
    del d[k]
d["z"] = 9
print(list(d), tuple(d), len(list(d)))
big = {i * 7 % 101: i for i in range(101)}
for i in range(0, 101, 2):
    del big[i]
print(list(big)[:6], len(list(big)), sum(big) == sum(list(big)))
print(list({}), tuple({}), sorted({}), set({1: 2}), frozenset({3: 4}))
print(list(defaultdict(int, x=1)), list(Counter("abca")), list(OrderedDict([(2, 0), (1, 0)])))


class Reversed(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))


r = Reversed({1: 0, 3: 0, 2: 0})
print(list(r), tuple(r), sorted(r))
keys = list(d)
d.clear()
print(keys, list(d))

# expect: ['b', 'a', 3, (1, 2), 2.5] ('b', 'a', 3, (1, 2), 2.5) ['(1, 2)', '2.5', '3', 'a', 'b'] ['b', 'a', 3, (1, 2), 2.5] [1, 2, 'c', None, 0]
# expect: ['b', (1, 2), 2.5, 'z'] ('b', (1, 2), 2.5, 'z') 4
# expect: [7, 21, 35, 49, 63, 77] 50 True
# expect: [] () [] {1} frozenset({3})
# expect: ['x'] ['a', 'b', 'c'] [2, 1]
# expect: [3, 2, 1] (3, 2, 1) [1, 2, 3]
# expect: ['b', (1, 2), 2.5, 'z'] []
