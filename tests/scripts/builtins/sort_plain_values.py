# list.sort() and sorted() of ints or strs with no key sort the values in place (ints in any
# order that gives the stable result); anything else goes the general way, with CPython's
# errors and orders.
import sys

a = [5, 3, -1, 3, 10**6, -2**63, 2**62, 0, 7]
b = a[:]
b.sort()
print(b, sorted(a, reverse=True), a)
a.sort(reverse=True)
print(a)
print(sorted(range(10, 0, -3)), sorted([]), sorted([1]), sorted([2, 1], reverse=False))
big = [(i * 7919) % 1009 for i in range(3000)]
print(sorted(big)[:5], sorted(big)[-3:], sorted(big, reverse=True)[:3], sorted(big) == sorted(big, reverse=True)[::-1])
ordered = list(range(200))
ordered.sort()
print(ordered[:3], ordered[-1])
ordered.sort(reverse=True)
print(ordered[:3], ordered[-1])

# Strs: equal strs that are distinct objects keep their order (stable), reversed too.
words = "pear apple fig apple pear kiwi fig".split()
ids = [id(w) for w in words]
s = sorted(words)
print(s, [ids.index(id(w)) for w in s])
r = sorted(words, reverse=True)
print(r, [ids.index(id(w)) for w in r])
many = ("bb aa cc " * 40).split()  # 120 distinct objects: the merge sort's stability
pos = {id(w): k for k, w in enumerate(many)}
m = sorted(many)
print(m[:3], all(pos[id(m[k])] < pos[id(m[k + 1])] for k in range(len(m) - 1) if m[k] == m[k + 1]))
m = sorted(many, reverse=True)
print(m[:3], all(pos[id(m[k])] < pos[id(m[k + 1])] for k in range(len(m) - 1) if m[k] == m[k + 1]))
print(sorted(["é", "e", "z", "", "ab", "a"]), sorted(["b", "a"], reverse=True))

# Bools and floats among ints: compared as numbers, stable (True and 1 keep their order).
mixed = [1, True, 0, False, 1.0, -0.0, 0]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted([3, 2.5, 1, float("inf"), -1]))

# Mixed types raise CPython's TypeError, and the list stays as it was.
for bad in ([1, "a"], ["a", 1], [3, None, 1], ["x", b"x"]):
    c = bad[:]
    try:
        c.sort()
    except TypeError as e:
        print("TypeError:", e, c)
    try:
        sorted(bad, reverse=True)
    except TypeError as e:
        print("TypeError:", e)

# A key function: stable, reversed stable, and one that raises.
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
def bad_key(x):
    if x == 3:
        raise ValueError("no 3")
    return -x
l = [1, 2, 3, 4]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, l)
print(sorted([1, 2, 3, 4], key=None), sorted([4, 1], key=None, reverse=True))

# A custom __lt__ decides, and a list changed during its sort.
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Rev(%d)" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]), sorted([Rev(1), Rev(3), Rev(2)], reverse=True))
victim = [3, 1, 2]
class Meddler:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victim.append(0)
        return self.v < other.v
victim = [Meddler(3), Meddler(1), Meddler(2)]
try:
    victim.sort()
except ValueError as e:
    print("ValueError:", e)

class MyList(list):
    pass
ml = MyList([3, 1, 2])
ml.sort(reverse=True)
print(ml, type(ml).__name__, sorted(MyList(["b", "a"])))

# expect: [-9223372036854775808, -1, 0, 3, 3, 5, 7, 1000000, 4611686018427387904] [4611686018427387904, 1000000, 7, 5, 3, 3, 0, -1, -9223372036854775808] [5, 3, -1, 3, 1000000, -9223372036854775808, 4611686018427387904, 0, 7]
# expect: [4611686018427387904, 1000000, 7, 5, 3, 3, 0, -1, -9223372036854775808]
# expect: [1, 4, 7, 10] [] [1] [1, 2]
# expect: [0, 0, 0, 1, 1] [1008, 1008, 1008] [1008, 1008, 1008] True
# expect: [0, 1, 2] 199
# expect: [199, 198, 197] 0
# expect: ['apple', 'apple', 'fig', 'fig', 'kiwi', 'pear', 'pear'] [1, 3, 2, 6, 5, 0, 4]
# expect: ['pear', 'pear', 'kiwi', 'fig', 'fig', 'apple', 'apple'] [0, 4, 5, 2, 6, 1, 3]
# expect: ['aa', 'aa', 'aa'] True
# expect: ['cc', 'cc', 'cc'] True
# expect: ['', 'a', 'ab', 'e', 'z', 'é'] ['b', 'a']
# expect: [0, False, -0.0, 0, 1, True, 1.0] [1, True, 1.0, 0, False, -0.0, 0]
# expect: [-1, 1, 2.5, 3, inf]
# expect: TypeError: '<' not supported between instances of 'str' and 'int' [1, 'a']
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: TypeError: '<' not supported between instances of 'int' and 'str' ['a', 1]
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: TypeError: '<' not supported between instances of 'NoneType' and 'int' [3, None, 1]
# expect: TypeError: '<' not supported between instances of 'NoneType' and 'int'
# expect: TypeError: '<' not supported between instances of 'bytes' and 'str' ['x', b'x']
# expect: TypeError: '<' not supported between instances of 'str' and 'bytes'
# expect: [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')] [(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]
# expect: ValueError: no 3 [1, 2, 3, 4]
# expect: [1, 2, 3, 4] [4, 1]
# expect: [Rev(3), Rev(2), Rev(1)] [Rev(1), Rev(2), Rev(3)]
# expect: ValueError: list modified during sort
# expect: [3, 2, 1] MyList ['a', 'b']
