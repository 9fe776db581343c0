# A key whose __eq__ removes the very entry it is compared with, which leaves a hole in the
# dict's entries mid-probe. Free-threaded too: a dict's lock is let go around a key's __eq__.
# args: --gil newgil
# args: --gil nogil
class K:
    vanish = False

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 5

    def __eq__(self, other):
        if K.vanish and self.n == 2:
            K.vanish = False
            del table[self]
        return isinstance(other, K) and self.n == other.n


table = {K(1): "one", K(2): "two", K(3): "three"}
del table[K(1)]
print(len(table), table.get(K(1)), table.get(K(2)), table.get(K(3)))
K.vanish = True
print(table.get(K(2)), len(table), [k.n for k in table])
K.vanish = True
table[K(3)] = "three again"
K.vanish = True
table[K(2)] = "two again"
print([(k.n, v) for k, v in table.items()], len(table))

# expect: 2 None two three
# expect: None 1 [3]
# expect: [(3, 'three again'), (2, 'two again')] 2
