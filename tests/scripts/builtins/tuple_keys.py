# Tuples as dict keys and set items: hashes as CPython's for every kind of item (so sets of
# tuples iterate in CPython's order), found again by equal tuples of other kinds (1 and 1.0 and
# True), tuple subclasses with a __hash__ of their own, named tuples, unhashable items.
from collections import namedtuple
keys = [(0, 0), (1, 2), (-1, -1), (-2, 5), (2**60, -2**60), (2**61, 1), (2**70, 3), ('a', 1),
        ('', ''), (1.5, 2), (True, None), ((1, 2), (3, 4)), (), (1,), ('x', ('y', 2))]
# (str hashes are randomized per run in CPython, None's is its address: ints, floats, tuples only)
print([hash(k) for k in keys if all(isinstance(i, (int, float, tuple)) for i in k) and not any(isinstance(i, tuple) and any(isinstance(j, str) for j in i) for i in k)])
print(all(hash(k) == hash(tuple(k)) for k in keys), hash(('a', 1)) == hash(('a', 1.0)))
print(hash((1, 2)) == hash((1.0, 2)) == hash((True, 2.0)), hash((-1,)) == hash((-2,)))
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(d[(1.0, 2.0)], d[(True, 2)], d.get((0.0, False)), (1, 2.0) in d, (1, 3) in d, d[('x', ('y', 2.0))])
s = set()
for x in range(-3, 4):
    for y in range(-3, 4):
        s.add((x * 7919 % 13, y))
print(list(s)[:12], len(s))
print(sorted({(w, n) for w in 'the quick brown fox the fox'.split() for n in range(3)})[:8])
grid = {(x, y): x * y for x in range(30) for y in range(30)}
print(sum(grid[(x, y)] for x in range(30) for y in range(30) if (y, x) in grid), list(grid)[-3:])
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
print(sorted(c for c in {(x + 1, y) for x, y in live} if c in live))
class P(tuple):
    def __hash__(self):
        return 42
print(hash(P((1, 2))), {P((1, 2)): 'p'}.get((1, 2)), (1, 2) in {P((1, 2))}, P((1, 2)) in {(1, 2): 0})
Pt = namedtuple('Pt', 'x y')
nd = {Pt(1, 2): 'pt'}
print(hash(Pt(1, 2)) == hash((1, 2)), nd[(1, 2)], (1, 2) in {Pt(1, 2)}, {(1, 2): 0}[Pt(1, 2)])
for bad in [(1, [2]), ('a', {}), ((1, [2]),)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print('TypeError', e)
    try:
        print(bad in s)
    except TypeError as e:
        print('TypeError', e)
nan = float('nan')
t = (nan, 1)
print(t in {t}, {t: 1}[t], (1, 2) in {(1, 2): 0}.keys())
print(len({(i, str(i)) for i in range(1000)} & {(i, str(i)) for i in range(500, 1500)}))

# expect: [-8458139203682520985, -3550055125485641917, 960947337673586213, 7913930892179122687, -4978703478475969215, 8389048192121911274, 4489393115673395471, 8274728468405361693, -1467267874458550984, 5740354900026072187, -6644214454873602895]
# expect: True True
# expect: True True
# expect: 1 1 0 True False 14
# expect: [(4, 0), (4, -3), (4, 3), (9, 2), (11, 2), (0, 2), (2, 2), (7, -2), (7, -1), (6, 2), (7, 1), (4, 2)] 49
# expect: [('brown', 0), ('brown', 1), ('brown', 2), ('fox', 0), ('fox', 1), ('fox', 2), ('quick', 0), ('quick', 1)]
# expect: 189225 [(29, 27), (29, 28), (29, 29)]
# expect: [(1, 2), (2, 2)]
# expect: 42 None False False
# expect: True pt True 0
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'dict'
# expect: TypeError unhashable type: 'dict'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: True 1 True
# expect: 500
