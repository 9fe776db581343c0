# Tuple keys whose first items are ints, floats or strs and whose later items run script code
# (__eq__, __lt__) on ties: CPython's comparisons in its order, forwards and reversed.
log = []
class O:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v
    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v
    def __repr__(self): return "O%d" % self.v
seed = 3
def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8
for first in (lambda x: x % 3, lambda x: float(x % 3), lambda x: "s%d" % (x % 3)):
    for n in (5, 70, 500):
        data = [(first(lcg()), O(lcg() % 10)) for _ in range(n)]
        for rev in (False, True):
            log = []
            r = sorted(data, reverse=rev)
            c = 0
            for t in r:
                c = (c * 31 + t[1].v + 1) % 1000000007
            print(n, rev, len(log), c, log[:6])
        log = []
        r = sorted(data, key=lambda t: (t[0], t[1], 0))
        print(n, "key", len(log), log[:4])
# A raise from a tie's __lt__ midway: the list as CPython leaves it.
class Boom(O):
    def __lt__(self, other):
        if len(log) > 40:
            raise ValueError("tie")
        return O.__lt__(self, other)
l = [(lcg() % 2, Boom(lcg() % 10)) for _ in range(30)]
log = []
try:
    l.sort()
except ValueError as e:
    print("ValueError", e, [(a, b.v) for a, b in l])
l = [(lcg() % 2, Boom(lcg() % 10)) for _ in range(30)]
log = []
try:
    l.sort(reverse=True)
except ValueError as e:
    print("ValueError", e, [(a, b.v) for a, b in l])

# expect: 5 False 4 2958027 [('eq', 2, 5), ('lt', 2, 5), ('eq', 6, 1), ('lt', 6, 1)]
# expect: 5 True 4 6533067 [('eq', 5, 2), ('lt', 5, 2), ('eq', 1, 6), ('lt', 1, 6)]
# expect: 5 key 4 [('eq', 2, 5), ('lt', 2, 5), ('eq', 6, 1), ('lt', 6, 1)]
# expect: 70 False 433 607245518 [('eq', 9, 1), ('lt', 9, 1), ('eq', 9, 9), ('eq', 0, 9), ('lt', 0, 9), ('eq', 0, 9)]
# expect: 70 True 454 66708400 [('eq', 9, 8), ('lt', 9, 8), ('eq', 6, 2), ('lt', 6, 2), ('eq', 6, 9), ('lt', 6, 9)]
# expect: 70 key 433 [('eq', 9, 1), ('lt', 9, 1), ('eq', 9, 9), ('eq', 0, 9)]
# expect: 500 False 5058 291090476 [('eq', 5, 9), ('lt', 5, 9), ('eq', 9, 5), ('lt', 9, 5), ('eq', 5, 5), ('eq', 5, 9)]
# expect: 500 True 4993 753642783 [('eq', 4, 9), ('lt', 4, 9), ('eq', 3, 0), ('lt', 3, 0), ('eq', 1, 9), ('lt', 1, 9)]
# expect: 500 key 5058 [('eq', 5, 9), ('lt', 5, 9), ('eq', 9, 5), ('lt', 9, 5)]
# expect: 5 False 8 3011071 [('eq', 2, 7), ('lt', 2, 7), ('eq', 7, 1), ('lt', 7, 1), ('eq', 9, 1), ('lt', 9, 1)]
# expect: 5 True 8 9475711 [('eq', 7, 9), ('lt', 7, 9), ('eq', 7, 2), ('lt', 7, 2), ('eq', 7, 2), ('lt', 7, 2)]
# expect: 5 key 8 [('eq', 2, 7), ('lt', 2, 7), ('eq', 7, 1), ('lt', 7, 1)]
# expect: 70 False 419 180710105 [('eq', 8, 2), ('lt', 8, 2), ('eq', 8, 2), ('lt', 8, 2), ('eq', 7, 8), ('lt', 7, 8)]
# expect: 70 True 426 793208310 [('eq', 6, 3), ('lt', 6, 3), ('eq', 2, 6), ('lt', 2, 6), ('eq', 2, 3), ('lt', 2, 3)]
# expect: 70 key 419 [('eq', 8, 2), ('lt', 8, 2), ('eq', 8, 2), ('lt', 8, 2)]
# expect: 500 False 5079 401685370 [('eq', 9, 5), ('lt', 9, 5), ('eq', 4, 1), ('lt', 4, 1), ('eq', 2, 9), ('lt', 2, 9)]
# expect: 500 True 4935 746045677 [('eq', 3, 1), ('lt', 3, 1), ('eq', 9, 5), ('lt', 9, 5), ('eq', 5, 8), ('lt', 5, 8)]
# expect: 500 key 5079 [('eq', 9, 5), ('lt', 9, 5), ('eq', 4, 1), ('lt', 4, 1)]
# expect: 5 False 14 2896704 [('eq', 2, 7), ('lt', 2, 7), ('eq', 6, 2), ('lt', 6, 2), ('eq', 6, 7), ('lt', 6, 7)]
# expect: 5 True 12 2092224 [('eq', 6, 3), ('lt', 6, 3), ('eq', 2, 6), ('lt', 2, 6), ('eq', 2, 6), ('lt', 2, 6)]
# expect: 5 key 14 [('eq', 2, 7), ('lt', 2, 7), ('eq', 6, 2), ('lt', 6, 2)]
# expect: 70 False 402 406108531 [('eq', 8, 6), ('lt', 8, 6), ('eq', 0, 3), ('lt', 0, 3), ('eq', 0, 3), ('lt', 0, 3)]
# expect: 70 True 423 989926947 [('eq', 8, 1), ('lt', 8, 1), ('eq', 5, 8), ('lt', 5, 8), ('eq', 5, 8), ('lt', 5, 8)]
# expect: 70 key 402 [('eq', 8, 6), ('lt', 8, 6), ('eq', 0, 3), ('lt', 0, 3)]
# expect: 500 False 4928 314129534 [('eq', 6, 2), ('lt', 6, 2), ('eq', 4, 6), ('lt', 4, 6), ('eq', 4, 2), ('lt', 4, 2)]
# expect: 500 True 5074 580051058 [('eq', 1, 2), ('lt', 1, 2), ('eq', 2, 2), ('eq', 4, 8), ('lt', 4, 8), ('eq', 6, 2)]
# expect: 500 key 4928 [('eq', 6, 2), ('lt', 6, 2), ('eq', 4, 6), ('lt', 4, 6)]
# expect: ValueError tie [(0, 0), (0, 2), (0, 6), (0, 6), (0, 7), (0, 7), (0, 8), (0, 9), (1, 5), (1, 6), (1, 6), (1, 7), (1, 9), (0, 1), (0, 6), (0, 6), (0, 2), (0, 2), (0, 4), (0, 5), (1, 5), (0, 7), (1, 4), (1, 8), (0, 3), (1, 0), (0, 2), (1, 6), (0, 2), (0, 8)]
# expect: ValueError tie [(1, 2), (0, 9), (1, 6), (1, 0), (1, 8), (0, 9), (1, 9), (0, 6), (1, 4), (1, 3), (0, 9), (1, 9), (1, 8), (1, 3), (1, 0), (1, 5), (0, 0), (1, 0), (0, 0), (1, 8), (1, 8), (1, 5), (1, 4), (1, 4), (1, 3), (1, 1), (0, 6), (0, 3), (0, 2), (0, 2)]
