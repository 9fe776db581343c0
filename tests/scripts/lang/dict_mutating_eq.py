# A key's __eq__ that changes the dict during a look-up (entries removed and added, the table
# regrown): the look-up starts again, as CPython's does, and finds what is there.
# args: --gil newgil
# args: --gil nogil
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if isinstance(other, K) and other.n == 99:
            d.pop("x", None)
            for i in range(20):
                d[i] = i
        return isinstance(other, K) and self.n == other.n

d = {"x": 0, K(1): "one", K(2): "two"}
print(d.get(K(2)), len(d))  # expect: two 3
print(d.get(K(99)), len(d))  # expect: None 22
print(d.get(K(1)), len(d))  # expect: one 22
