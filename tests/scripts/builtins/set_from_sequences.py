# set(l), frozenset(t), s.update(l), s & l... read an exact list's or tuple's items by index, the
# length read again at each step: a __hash__ or __eq__ that changes the list is seen as a list
# iterator would see it.
l = [3, 1, 2, 3, "a", 2.0, (1, 2), None, True]
print(sorted(map(repr, set(l))), len(frozenset(l)), len(set(tuple(l))))
print(set([]), frozenset(()), set([1]) == {1}, set((1, 1, 1)))
s = {0}
s.update([5, 6], (7,), [])
print(sorted(s))
print(sorted({1, 2, 3}.intersection([2, 3, 4])), sorted({1, 2}.union((2, 9))))
print(sorted({1, 2, 3}.difference([1])), sorted({1, 2}.symmetric_difference([2, 3])))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint([2, 3]))

try:
    set([1, [2]])
except TypeError as e:
    print("TypeError", e)
try:
    frozenset(({},))
except TypeError as e:
    print("TypeError", e)


class Grower:
    # Its hash appends to the list being read: the loop sees the new items, as CPython's.
    def __init__(self, target, n):
        self.target, self.n = target, n

    def __hash__(self):
        if self.n > 0:
            self.target.append(Grower(self.target, self.n - 1))
        return self.n

    def __eq__(self, other):
        return self is other


items = []
items.append(Grower(items, 3))
print(len(set(items)), len(items))
items.clear()  # (the Growers and the list refer to each other)


class Shrinker:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        del self.target[1:]
        return 1


items = [0]
items.append(Shrinker(items))
items.extend([10, 11, 12])
print(len(set(items)), items[0])


class Eq:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Eq.calls += 1
        return isinstance(other, Eq) and self.v == other.v


print(len(set([Eq(1), Eq(1), Eq(2)])), Eq.calls > 0)


class L(list):
    def __iter__(self):
        return iter([42])


print(set(L([1, 2])), frozenset(L([3])))

# expect: ["'a'", '(1, 2)', '1', '2', '3', 'None'] 6 6
# expect: set() frozenset() True {1}
# expect: [0, 5, 6, 7]
# expect: [2, 3] [1, 2, 9]
# expect: [2, 3] [1, 3]
# expect: True True True
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'dict'
# expect: 4 4
# expect: 2 0
# expect: 2 True
# expect: {42} frozenset({42})
