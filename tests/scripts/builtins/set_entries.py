# Set tables: keys of every type and size of hash, removals and re-adds, the set operations
# (which pass their operands' stored hashes), and the order sets of ints iterate in.
# args: --gil newgil
# args: --gil nogil


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "Key(%d)" % self.n


def big_ints():
    keys = [2**55 - 1, 2**55, 2**56 + 3, 2**60, 2**61 - 1, 2**61, 2**63 - 1, 2**64 + 5, -(2**55),
            -(2**55) - 1, -(2**61), -(2**63), -(2**70), 0, -1, -2, 1]
    s = set(keys)
    print(len(s), all(k in s for k in keys), (2**61 - 1) in s, 2**61 + 7 in s)
    print(sorted(s)[:3], sorted(s)[-3:])
    for k in keys[::2]:
        s.remove(k)
    print(len(s), [k in s for k in keys])
    s.update(keys)
    print(len(s), s == set(keys), frozenset(keys) == s)
    print(hash(frozenset(keys)) == hash(frozenset(reversed(keys))))


def small_int_order():
    print(set([5, 3, 1024, 17, -4, 9, 33, 65, 129, 8]))
    print(set(range(40, 0, -3)))
    print({-1, -2, -3, 7, 15, 23})
    print({x * 97 for x in range(12)})
    print(hash(frozenset({1, 2, 3})), hash(frozenset(range(20))), hash(frozenset()))
    print(hash(frozenset({-1, -2, 2**40})), hash(frozenset({1.5, 2.0, True})))
    # Displays of three or more constants are CPython's frozenset constants, copied.
    print({-36028797018963968, -33, -72057594037927936, -3696924657747961324, -2305843009213693952, 31, -3453433842167389150, -2305843009213693952})
    print({1216, -108086391056891904, 13, 2016, -32, 1408})


def mixed_types():
    s = {1, 1.0, True, "a", b"a", (1, 2), None, frozenset({1})}
    print(len(s), 1 in s, 1.0 in s, True in s, (1, 2) in s, None in s, {1} in s)
    print(sorted(map(repr, s)))
    s.discard(1.0)
    print(len(s), 1 in s, True in s)


def removals():
    s = set(range(100))
    for i in range(0, 100, 3):
        s.discard(i)
    print(len(s), 3 in s, 4 in s)
    for i in range(0, 100, 6):
        s.add(i)
    print(len(s), 6 in s, 3 in s, sum(s))
    while len(s) > 5:
        s.pop()
    print(len(s))


def operations():
    a = {"w%d" % i for i in range(50)}
    b = {"w%d" % i for i in range(25, 90)}
    print(len(a & b), len(a | b), len(a - b), len(b - a), len(a ^ b))
    print(sorted(a & b)[:3], sorted(a - b)[:3])
    print(a.issubset(a | b), (a & b) <= a, a < a, a.isdisjoint(b - a), a.issuperset(a & b))
    c = {i for i in range(0, 60, 2)}
    d = set(range(0, 60, 3))
    print(c & d, c - d == {x for x in c if x % 3}, (c | d) == set(range(60)) - {x for x in range(60) if x % 2 and x % 3})
    e = {Key(i) for i in range(20)}
    f = {Key(i) for i in range(10, 30)}
    print(sorted(k.n for k in e & f), len(e | f), sorted(k.n for k in e - f)[:4], len(e ^ f))
    g = frozenset(range(10)) & {3, 4, 11}
    print(type(g).__name__, sorted(g))
    h = {2**60, 2**61 - 1, 5}
    print(h & {2**61 - 1, 0, 5} == {2**61 - 1, 5}, {2**60} <= h, h - {5} == {2**60, 2**61 - 1})


class Meddler:
    """Its __eq__ takes a key out of the set being probed: the look-up starts again."""

    def __init__(self, probed):
        self.probed = probed

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if self.probed is not None:
            self.probed.discard(2)
        return self is other


def meddling():
    probed = {1, 2, 3, 4, 5, 6}
    m = Meddler(probed)
    small = {m, 3, 6}
    print(sorted(map(repr, [k for k in small & probed if not isinstance(k, Meddler)])), sorted(probed))
    m.probed = None
    print(len(small - probed), len(small | probed))


big_ints()
small_int_order()
mixed_types()
removals()
operations()
meddling()
# expect: 17 True True False
# expect: [-1180591620717411303424, -9223372036854775808, -2305843009213693952] [2305843009213693952, 9223372036854775807, 18446744073709551621]
# expect: 8 [False, True, False, True, False, True, False, True, False, True, False, True, False, True, False, True, False]
# expect: 17 True True
# expect: True
# expect: {1024, 33, 65, 3, 129, 5, 8, 9, 17, -4}
# expect: {1, 34, 4, 37, 7, 40, 10, 13, 16, 19, 22, 25, 28, 31}
# expect: {23, -2, 7, -3, -1, 15}
# expect: {0, 97, 194, 291, 388, 485, 582, 679, 776, 873, 970, 1067}
# expect: -272375401224217160 7026028923906358870 133146708735736
# expect: 3974723563849769005 -6964480929883248566
# expect: {-36028797018963968, -72057594037927936, -3453433842167389150, -3696924657747961324, 31, -2305843009213693952, -33}
# expect: {1216, -108086391056891904, 2016, 1408, -32, 13}
# expect: 6 True True True True True True
# expect: ["'a'", '(1, 2)', '1', 'None', "b'a'", 'frozenset({1})']
# expect: 5 False False
# expect: 66 False True
# expect: 83 True False 4083
# expect: 5
# expect: 25 90 25 40 65
# expect: ['w25', 'w26', 'w27'] ['w0', 'w1', 'w10']
# expect: True True False True True
# expect: {0, 36, 6, 42, 12, 48, 18, 54, 24, 30} True True
# expect: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19] 30 [0, 1, 2, 3] 20
# expect: frozenset [3, 4]
# expect: True True True
# expect: ['3', '6'] [1, 3, 4, 5, 6]
# expect: 1 6
