# args: --gil newgil
# args: --gil nogil
# Special methods added to, replaced in or deleted from a class (or a base) after its instances
# were used: truthiness, len, iteration, hashing and equality see the change at once.
class Base:
    pass

class Node(Base):
    pass

n = Node()
print(bool(n), "yes" if n else "no")
Node.__len__ = lambda self: 0
print(bool(n), len(n))
Base.__bool__ = lambda self: True      # a base's __bool__ comes before the class's __len__
print(bool(n))
Node.__bool__ = lambda self: False
print(bool(n))
del Node.__bool__
print(bool(n))
del Base.__bool__
print(bool(n))
del Node.__len__
print(bool(n))

try:
    iter(n)
except TypeError as e:
    print("TypeError", e)
Base.__iter__ = lambda self: iter([1, 2])
print(list(n), [x for x in n])
Node.__iter__ = lambda self: iter("ab")
print(list(n))
del Node.__iter__, Base.__iter__
try:
    for x in n:
        pass
except TypeError as e:
    print("TypeError", e)

a, b = Node(), Node()
print(a == b, a == a, len({a, b}))
Base.__eq__ = lambda self, other: True
Base.__hash__ = lambda self: 7
print(a == b, hash(a), len({a, b}))
del Base.__eq__, Base.__hash__
print(a == b, len({a, b}))

# Many special names on one class, so that they share the class's cache slots.
class Many:
    def __len__(self): return 3
    def __iter__(self): return iter((1, 2, 3))
    def __contains__(self, x): return x == 2
    def __getitem__(self, i): return i * 10
    def __eq__(self, other): return isinstance(other, Many)
    def __hash__(self): return 1
    def __repr__(self): return "Many()"
    def __bool__(self): return False
    def __call__(self): return "called"

m = Many()
for _ in range(3):
    print(len(m), list(m), 2 in m, 5 in m, m[4], m == Many(), hash(m), repr(m), bool(m), m())
Many.__contains__ = lambda self, x: True
Many.__repr__ = lambda self: "Changed()"
print(5 in m, repr(m), [m])
# expect: True yes
# expect: False 0
# expect: True
# expect: False
# expect: True
# expect: False
# expect: True
# expect: TypeError 'Node' object is not iterable
# expect: [1, 2] [1, 2]
# expect: ['a', 'b']
# expect: TypeError 'Node' object is not iterable
# expect: False True 2
# expect: True 7 1
# expect: False 2
# expect: 3 [1, 2, 3] True False 40 True 1 Many() False called
# expect: 3 [1, 2, 3] True False 40 True 1 Many() False called
# expect: 3 [1, 2, 3] True False 40 True 1 Many() False called
# expect: True Changed() [Changed()]
