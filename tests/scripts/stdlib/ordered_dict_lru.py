# OrderedDict's popitem and move_to_end (native in _collections), an LRU cache built on them,
# and methods of script subclasses of dict and list (cached per call site).
from collections import OrderedDict

d = OrderedDict(a=1, b=2, c=3)
d.move_to_end("a")
print(list(d))
d.move_to_end("c", last=False)
print(list(d))
d.move_to_end("b", False)
print(d)
print(d.popitem(), d.popitem(last=False), d)
try:
    d.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
d.popitem()
for last in (False, True):
    try:
        d.popitem(last=last)
    except KeyError as e:
        print("KeyError", repr(e))
# popitem(last=False) after many removals at the front (holes before the first key)
q = OrderedDict()
for i in range(300):
    q[i] = i * i
    if i // 2 in q:
        q.move_to_end(i // 2)
    if len(q) > 5:
        q.popitem(0)
print(q, q.popitem(last=1), len(q))
# a key whose hash and equality are a script's
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k
    def __repr__(self):
        return "Key(%r)" % self.k
kd = OrderedDict((Key(i), i) for i in range(4))
kd.move_to_end(Key(1))
print(kd.popitem(last=False), list(kd))

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)

cache = LRU(3)
hits = 0
for i in range(40):
    k = (i * 7) % 5
    if cache.get(k) is None:
        cache.put(k, i)
    else:
        hits += 1
print(hits, cache, cache.capacity)
print(LRU(2))

# A method of a dict subclass shadowed by an instance attribute, then by a class change.
class Counted(dict):
    def bump(self, key):
        self[key] = self.get(key, 0) + 1
        return self[key]
c = Counted()
for _ in range(3):
    c.bump("x")
print(c, c.bump("y"))
c.bump = lambda key: "shadowed " + key
print(c.bump("x"))
del c.bump
print(c.bump("x"))
Counted.bump = lambda self, key: "replaced " + key
print(c.bump("x"))
class Stack(list):
    def push(self, v):
        self.append(v)
    def top(self):
        return self[-1]
s = Stack()
for i in range(5):
    s.push(i)
    t = s.top()
print(s, t, s.pop(), len(s))

# The builtin types' functions found by name, the same object each time.
print(dict.pop is dict.pop, str.lower is str.lower)
print(list(map(str.upper, ["a", "b"])), str.join(",", ["x", "y"]), dict.fromkeys("ab", 0))
print(tuple.__new__(tuple, [1, 2]), str.maketrans("a", "b"), bytes.fromhex("41 42"))
print(int.from_bytes(b"\x01\x00", "little"), list.append.__name__, dict.pop)
try:
    str.lower(5)
except TypeError as e:
    print(e)

# expect: ['b', 'c', 'a']
# expect: ['c', 'b', 'a']
# expect: OrderedDict([('b', 2), ('c', 3), ('a', 1)])
# expect: ('a', 1) ('b', 2) OrderedDict([('c', 3)])
# expect: KeyError 'zz'
# expect: KeyError KeyError('dictionary is empty')
# expect: KeyError KeyError('dictionary is empty')
# expect: OrderedDict([(295, 87025), (296, 87616), (297, 88209), (298, 88804)]) (299, 89401) 4
# expect: (Key(0), 0) [Key(2), Key(3), Key(1)]
# expect: 0 LRU([(4, 37), (1, 38), (3, 39)]) 3
# expect: LRU()
# expect: {'x': 3, 'y': 1} 1
# expect: shadowed x
# expect: 4
# expect: replaced x
# expect: [0, 1, 2, 3] 4 4 4
# expect: True True
# expect: ['A', 'B'] x,y {'a': 0, 'b': 0}
# expect: (1, 2) {97: 98} b'AB'
# expect: 1 append <method 'pop' of 'dict' objects>
# expect: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object
