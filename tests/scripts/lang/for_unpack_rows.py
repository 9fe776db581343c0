# FOR_ITER + UNPACK over a list or tuple of tuples: the row's items taken in line, the row
# itself never pushed. Rows of other kinds or lengths go the general way, with its errors.
from collections import namedtuple

rows = [(1, "a"), (2, "b"), (3, "c")]
out = []
for n, s in rows:
    out.append(s * n)
print(out)
for x, y, z in ((1, 2, 3), (4, 5, 6)):
    print(x + y + z)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for a, b in [[1, 2], (3, 4), "xy", range(2)]:
    print(a, b)
P = namedtuple("P", "x y")
print([x * y for x, y in [P(2, 3), P(4, 5)]])
try:
    for a, b in [(1, 2), (1, 2, 3)]:
        print(a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b, c in [(1, 2, 3), (1,)]:
        print(a, b, c)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in [(1, 2), 5]:
        print(a, b)
except TypeError as e:
    print("TypeError", e)
# the list changes under the loop: rows appended are reached, rows removed are skipped
grow = [(0, 0)]
for a, b in grow:
    if a < 4:
        grow.append((a + 1, b + a))
print(grow)
shrink = [(i, str(i)) for i in range(6)]
seen = []
for i, s in shrink:
    seen.append(s)
    if i == 1:
        del shrink[0:2]
print(seen, shrink)
# the row's items outlive the row once the list lets go of it
objs = [([1], {"k": 2}), ([3], {"k": 4})]
kept = []
for l, d in objs:
    objs.clear()
    kept.append((l, d))
print(kept, objs)
it = iter([(1, 2), (3, 4), (5, 6)])
next(it)
for a, b in it:
    print(a, b)
print(list(it))
class Row(tuple):
    pass
for a, b in [Row((7, 8)), (9, 10)]:
    print(a, b)
def gen_rows():
    for a, b in [(1, 2), (3, 4)]:
        yield b, a
print(list(gen_rows()))
print({k: v for k, v in [("a", 1), ("b", 2)]})
print(sum(a * b for a, b in [(1, 2), (3, 4)]))
for value in (5, None, 2.5):
    try:
        a, b = value
    except TypeError as e:
        print("TypeError", e)
class NoIter:
    def __iter__(self):
        return 5
try:
    a, b = NoIter()
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError
a, b = Seq()
print(a, b)
try:
    for a, b in [(1, 2), None]:
        pass
except TypeError as e:
    print("TypeError", e)

# expect: ['a', 'bb', 'ccc']
# expect: 6
# expect: 15
# expect: 1 2 3
# expect: 4 5 6
# expect: 1 2
# expect: 3 4
# expect: x y
# expect: 0 1
# expect: [6, 20]
# expect: 1 2
# expect: ValueError too many values to unpack (expected 2)
# expect: 1 2 3
# expect: ValueError not enough values to unpack (expected 3, got 1)
# expect: 1 2
# expect: TypeError cannot unpack non-iterable int object
# expect: [(0, 0), (1, 0), (2, 1), (3, 3), (4, 6)]
# expect: ['0', '1', '4', '5'] [(2, '2'), (3, '3'), (4, '4'), (5, '5')]
# expect: [([1], {'k': 2})] []
# expect: 3 4
# expect: 5 6
# expect: []
# expect: 7 8
# expect: 9 10
# expect: [(2, 1), (4, 3)]
# expect: {'a': 1, 'b': 2}
# expect: 14
# expect: TypeError cannot unpack non-iterable int object
# expect: TypeError cannot unpack non-iterable NoneType object
# expect: TypeError cannot unpack non-iterable float object
# expect: TypeError iter() returned non-iterator of type 'int'
# expect: 0 10
# expect: TypeError cannot unpack non-iterable NoneType object
