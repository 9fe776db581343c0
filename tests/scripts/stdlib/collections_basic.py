# collections: deque, namedtuple, defaultdict, Counter, OrderedDict, against python3.11's output.
import collections
from collections import deque, namedtuple, defaultdict, Counter, OrderedDict

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d, list(d), list(reversed(d)))
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, d.count(7), d.index(7))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d[0] = "first"
del d[1]
print(d, d.maxlen)
d.reverse()
print(d)
d.insert(1, "ins")
d.remove(7)
print(d, d.copy() == d, d == list(d), deque([1]) == deque([1]), deque([1]) < deque([2]))
d.clear()
print(d, repr(deque()), repr(deque(maxlen=2)))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3)
last3.extend([10, 11])
print(last3, deque("abc") + deque("de"))
z = deque(maxlen=0)
z.append(1)
print(z)
q = deque()
for i in range(10):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
    if len(out) % 3 == 0:
        q.append(out[-1] * 10) if out[-1] < 5 else None
print(out)
mixed = deque()
for i in range(20):
    if i % 3 == 0:
        mixed.appendleft(i)
    else:
        mixed.append(i)
taken = []
for i in range(15):
    taken.append(mixed.pop() if i % 2 else mixed.popleft())
print(taken, mixed)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
          lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque(maxlen=-1),
          lambda: deque([1], maxlen=1).insert(0, 2), lambda: hash(deque()), lambda: deque(1)]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)))
print(Point(x=3, y=4), Point(5, y=6), Point._fields, p._asdict(), p._replace(y=9))
print(Point._make([7, 8]), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), 2 in p)
print({p: "a"}[Point(1, 2)], p.count(1), p.index(2), p + (3,), max(Point(1, 9), Point(2, 0)))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color.__name__)
Pair = namedtuple("Pair", "a, b")
print(Pair(1, b=[2]), namedtuple("R", "a def _x a", rename=True)._fields)
for f in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
          lambda: Point(), lambda: namedtuple("Q", "x x"), lambda: namedtuple("Q", "x _y"),
          lambda: namedtuple("Q", "x def"), lambda: namedtuple("Q", "x 1y"),
          lambda: p._replace(z=3), lambda: Color(1, 2, 3, 4), lambda: Point._make([1]),
          lambda: namedtuple("T", "a b c")()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

dd = defaultdict(list)
dd["a"].append(1)
dd["b"].append(2)
dd["a"].append(3)
print(dd, dd["a"], "c" in dd, len(dd), sorted(dd), dd.get("zz"), "zz" in dd)
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(counts, dict(counts), counts == {"the": 3, "cat": 1, "and": 2, "hat": 1, "bat": 1})
print(defaultdict(None), defaultdict(int, a=1), defaultdict(set, {"k": {1}}))
print(list(counts.keys()), list(counts.values()), list(counts.items())[:2])
del counts["cat"]
print(counts.pop("hat"), counts.setdefault("new", 5), counts, counts.copy())
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), nested.default_factory is not None)
try:
    defaultdict(None)["x"]
except KeyError as e:
    print(repr(e))
try:
    defaultdict(1)
except TypeError as e:
    print(e)

c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(2), c.most_common(), sorted(c.elements()))
c.update("aaz")
c.update({"b": 10})
c.subtract(["a", "a"])
print(c, c.most_common(1))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter(a=0), Counter({"x": 2}), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) == {"a": 1}, dict(Counter("aab")), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
words = Counter()
for w in ["x", "y", "x"]:
    words[w] += 1
del words["nope"]
print(words, max(words, key=words.get), sorted(words.items()))
try:
    hash(Counter())
except TypeError as e:
    print(e)

o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o, list(o), o.popitem(), o.popitem(last=False), o)
o = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
o.move_to_end("x")
print(o)
o.move_to_end("z", last=False)
print(o, OrderedDict(), OrderedDict(a=1) == {"a": 1})
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(OrderedDict(a=1, b=2)) == {"b": 2, "a": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print(repr(e))
merged = {}
merged.update(Counter("ab"))
print(merged, collections.deque is deque)

# python3.11's output:
# expect: deque([0, 1, 2, 3, 4]) 5 0 4 2 True False True False
# expect: 4 0 deque([1, 2, 3]) [1, 2, 3] [3, 2, 1]
# expect: deque([-2, -1, 1, 2, 3, 7, 8]) 1 5
# expect: deque([7, 8, -2, -1, 1, 2, 3])
# expect: deque([-1, 1, 2, 3, 7, 8, -2])
# expect: deque([8, -2, -1, 1, 2, 3, 7])
# expect: deque(['first', -1, 1, 2, 3, 7]) None
# expect: deque([7, 3, 2, 1, -1, 'first'])
# expect: deque(['ins', 3, 2, 1, -1, 'first']) True False True True
# expect: deque([]) deque([]) deque([], maxlen=2)
# expect: deque([3, 4, 5], maxlen=3) 3
# expect: deque([-1, 3, 4], maxlen=3)
# expect: deque([4, 10, 11], maxlen=3) deque(['a', 'b', 'c', 'd', 'e'])
# expect: deque([], maxlen=0)
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20]
# expect: [18, 19, 15, 17, 12, 16, 9, 14, 6, 13, 3, 11, 0, 10, 1] deque([2, 4, 5, 7, 8])
# expect: IndexError pop from an empty deque
# expect: IndexError pop from an empty deque
# expect: IndexError deque index out of range
# expect: ValueError 3 is not in deque
# expect: ValueError 3 is not in deque
# expect: ValueError maxlen must be non-negative
# expect: IndexError deque already at its maximum size
# expect: TypeError unhashable type: 'collections.deque'
# expect: TypeError 'int' object is not iterable
# expect: Point(x=1, y=2) 1 2 1 2 (1,) 2 [1, 2] (1, 2)
# expect: 1 2 True True True True True
# expect: Point(x=3, y=4) Point(x=5, y=6) ('x', 'y') {'x': 1, 'y': 2} Point(x=1, y=9)
# expect: Point(x=7, y=8) [Point(x=1, y=2), Point(x=1, y=5), Point(x=2, y=1)] True
# expect: a 1 1 (1, 2, 3) Point(x=2, y=0)
# expect: Color(red=1, green=0, blue=255) Color(red=1, green=2, blue=255) Color(red=1, green=2, blue=3) {'green': 0, 'blue': 255} Color
# expect: Pair(a=1, b=[2]) ('a', '_1', '_2', '_3')
# expect: TypeError Point.__new__() missing 1 required positional argument: 'y'
# expect: TypeError Point.__new__() takes 3 positional arguments but 4 were given
# expect: TypeError Point.__new__() got an unexpected keyword argument 'z'
# expect: TypeError Point.__new__() got multiple values for argument 'x'
# expect: TypeError Point.__new__() missing 2 required positional arguments: 'x' and 'y'
# expect: ValueError Encountered duplicate field name: 'x'
# expect: ValueError Field names cannot start with an underscore: '_y'
# expect: ValueError Type names and field names cannot be a keyword: 'def'
# expect: ValueError Type names and field names must be valid identifiers: '1y'
# expect: ValueError Got unexpected field names: ['z']
# expect: TypeError Color.__new__() takes from 2 to 4 positional arguments but 5 were given
# expect: TypeError Expected 2 arguments, got 1
# expect: TypeError T.__new__() missing 3 required positional arguments: 'a', 'b', and 'c'
# expect: defaultdict(<class 'list'>, {'a': [1, 3], 'b': [2]}) [1, 3] False 2 ['a', 'b'] None False
# expect: defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}) {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1} True
# expect: defaultdict(None, {}) defaultdict(<class 'int'>, {'a': 1}) defaultdict(<class 'set'>, {'k': {1}})
# expect: ['the', 'cat', 'and', 'hat', 'bat'] [3, 1, 2, 1, 1] [('the', 3), ('cat', 1)]
# expect: 1 5 defaultdict(<class 'int'>, {'the': 3, 'and': 2, 'bat': 1, 'new': 5}) defaultdict(<class 'int'>, {'the': 3, 'and': 2, 'bat': 1, 'new': 5})
# expect: {'y': 2} True
# expect: KeyError('x')
# expect: first argument must be callable or None
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) 5 0 False 5 11
# expect: [('a', 5), ('b', 2)] [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)] ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r']
# expect: Counter({'b': 12, 'a': 5, 'r': 2, 'c': 1, 'd': 1, 'z': 1}) [('b', 12)]
# expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2})
# expect: Counter({'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1})
# expect: Counter() Counter({'a': 0}) Counter({'x': 2}) True
# expect: True {'a': 2, 'b': 1} Counter({'b': 2}) Counter({'a': 1})
# expect: Counter({'x': 2, 'y': 1}) x [('x', 2), ('y', 1)]
# expect: unhashable type: 'Counter'
# expect: OrderedDict([('a', 2)]) ['b', 'a', 'c'] ('c', 3) ('b', 1) OrderedDict([('a', 2)])
# expect: OrderedDict([('y', 2), ('z', 3), ('x', 1)])
# expect: OrderedDict([('z', 3), ('y', 2), ('x', 1)]) OrderedDict() True
# expect: False True
# expect: KeyError('dictionary is empty')
# expect: {'a': 1, 'b': 1} True
