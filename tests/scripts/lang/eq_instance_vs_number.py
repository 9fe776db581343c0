# A class's __eq__ decides `==`, `!=`, `in` and dict/set look-ups against an int, a float, a bool
# or None as well as against objects (Key(5) == 5 and 5 == Key(5), reflected); no __eq__ leaves
# identity. Under a GIL and free-threaded.
# args: --gil newgil
# args: --gil nogil


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)

    def __hash__(self):
        return hash(self.v)


class Plain:
    pass


k = Key(5)
print(k == 5, 5 == k, k != 5, 5 != k, k == 6, Key(2.0) == 2, 2 == Key(2.0), Key(True) == 1)
print(Key(None) == None, None == Key(None), Key(0) == False, 0.0 == Key(0))
print({5: "five"}.get(k), k in {5}, 5 in {k}, k in [4, 5], 5 in [Key(4), k], [5].index(k))
print({5: 1, k: 2}, len({5, k, 5.0, Key(5)}))
p = Plain()
print(Plain() == 5, 5 == Plain(), Plain() != None, p == p, p in [p], Plain() in [Plain()])
print([1, 2, Key(3)] == [1, 2, 3], (Key(1),) == (1,), {"a": Key(1)} == {"a": 1})
# expect: True True False False False True True True
# expect: True True True True
# expect: five True True True True 0
# expect: {5: 2} 1
# expect: False False True True True False
# expect: True True True
