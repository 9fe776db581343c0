# Counter(iterable) and Counter.update(iterable) count through _collections._count_elements (in
# C++, as CPython's): strs, ints, tuples, keys with a script __hash__/__eq__, equal keys of other
# types (1, 1.0, True), generators and iterators, big ints and counts past 2**63 - 1, float
# counts, a count that is not a number (TypeError from +), unhashable and non-iterable input.
# args: --gil newgil
# args: --gil nogil

from collections import Counter


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k

    def __repr__(self):
        return "Key(%r)" % (self.k,)


def gen(n):
    for i in range(n):
        yield i % 4


words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(3), c["the"], c["missing"], len(c))
c.update(words)
c.update("the cat".split())
print(c["the"], c["cat"], c.most_common(2))
print(Counter("abracadabra").most_common())
print(sorted(Counter(gen(10)).items()))
print(Counter([Key(1), Key(2), Key(1), 1, 1.0, True]))
print(Counter(iter([(1, 2), (1, 2), (3,)])))
print(Counter(), Counter([]), Counter({"a": 3}), Counter(a=2, b=1))
c = Counter()
c.update(range(3))
c.update([2 ** 70, 2 ** 70])
print(sorted(c.items(), key=str))
d = Counter(["x"])
d["x"] = 2 ** 63 - 1
d.update(["x"])
print(d["x"])
d["y"] = 1.5
d.update(["y", "y"])
print(d["y"])
d["z"] = "s"
try:
    d.update(["z"])
except TypeError as e:
    print("TypeError", e)
try:
    Counter([[1], 2])
except TypeError as e:
    print("TypeError", e)
try:
    Counter(5)
except TypeError as e:
    print("TypeError", e)
e = Counter(words)
e.subtract(["the"])
print(e["the"], e == Counter(words) - Counter(["the"]))
# expect: [('the', 3), ('quick', 1), ('brown', 1)] 3 0 9
# expect: 7 1 [('the', 7), ('quick', 2)]
# expect: [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)]
# expect: [(0, 3), (1, 3), (2, 2), (3, 2)]
# expect: Counter({1: 3, Key(1): 2, Key(2): 1})
# expect: Counter({(1, 2): 2, (3,): 1})
# expect: Counter() Counter() Counter({'a': 3}) Counter({'a': 2, 'b': 1})
# expect: [(0, 1), (1, 1), (1180591620717411303424, 2), (2, 1)]
# expect: 9223372036854775808
# expect: 3.5
# expect: TypeError can only concatenate str (not "int") to str
# expect: TypeError unhashable type: 'list'
# expect: TypeError 'int' object is not iterable
# expect: 2 True
