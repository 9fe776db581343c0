# Subset and disjointness stop at the first key that decides them, as CPython's set_issubset and
# set_isdisjoint, and stay correct when a key's __eq__ changes the set being probed.
small = frozenset([3, 7, 11])
big = frozenset(range(50))
print(small <= big, big <= small, small < big, big >= small, small.issubset(range(20)))
print(small <= frozenset([3, 7]), frozenset() <= small, small <= small, small < small)
print(small.isdisjoint(big), small.isdisjoint({100, 200}), big.isdisjoint(small))
print(small.isdisjoint([1, 2, 3]), small.isdisjoint(x for x in [1, 2]), set().isdisjoint(big))
print({'a', 'b'} <= {'a', 'b', 'c'}, {'a', 'z'} <= {'a', 'b', 'c'}, {'z'}.isdisjoint({'a'}))


class Key:
    calls = 0

    def __init__(self, n, target=None):
        self.n = n
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        Key.calls += 1
        if self.target is not None and len(self.target) < 20:
            self.target.update(range(100, 120))  # grows the probed set during the probe
        return isinstance(other, Key) and self.n == other.n


probed = set()
probed.update([Key(1, probed), Key(2, probed)])
print({Key(2)} <= probed, len(probed))
for k in [k for k in probed if isinstance(k, Key)]:
    k.target = None
print({Key(5)}.isdisjoint(probed), {Key(1)}.isdisjoint(probed), Key.calls > 0)
probed.clear()
# expect: True False True True True
# expect: False True True False
# expect: False True False
# expect: False True True
# expect: True False True
# expect: True 22
# expect: True False True
