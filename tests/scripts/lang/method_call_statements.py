# A method call as a statement (CALL_METHOD and the POP of its result, fused): list.append,
# set.add/discard/remove and other builtin methods, script methods whose result is dropped,
# attributes holding functions, a POP that a jump lands on, errors, and the stack kept right
# across loops (the comprehension and generator around them would show a stack off by one).
# args: --gil newgil
# args: --gil nogil


class Box:
    def __init__(self):
        self.items = []
        self.calls = 0

    def put(self, x):
        self.items.append(x)
        self.calls += 1
        return len(self.items)  # dropped by the statement

    def nothing(self):
        pass


def build(n):
    items = []
    seen = set()
    for i in range(n):
        items.append(i * i)
        seen.add(i % 5)
        if i % 7 == 0:
            seen.discard(i % 5)
    return items, sorted(seen)


print(build(12))
b = Box()
for w in "abc":
    b.put(w)
    b.nothing()
print(b.items, b.calls)

b.hook = lambda x: x * 2  # an attribute: LOAD_METHOD gives (attribute, Undefined)
b.hook(3)
b.hook(4)
print(b.items)

# a conditional expression as a statement: the POP is a jump target, reached from both arms
left, right = [], []
for i in range(6):
    left.append(i) if i % 2 else right.append(i)
print(left, right)

# a result that is not None, dropped: the stack stays balanced (a later value comes out right)
d = {}
for k in "xyzx":
    d.setdefault(k, []).append(k)
    d.get(k)
    d.pop("nope", None)
print(d, [len(v) for v in d.values()])

# errors raised by the fused call: the traceback names the line; the loop's stack is intact
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e)
try:
    (5).append(1)
except AttributeError as e:
    print(e)
try:
    b.put()
except TypeError as e:
    print(e)

# inside generators and nested loops, and a list appended to itself
def gen(n):
    acc = []
    for i in range(n):
        acc.append(i)
        yield len(acc)
    acc.append(acc[:])  # a copy: no cycle left at exit (no cycle collector)
    yield len(acc)


print(list(gen(4)), sum(len(x) for x in [[1], [2, 3]]))
loop = []
loop.append(loop)
print(loop)
loop.clear()  # no cycle left at exit
total = []
for i in range(3):
    for j in range(3):
        total.append((i, j)) if i != j else None
print(total)

# expect: ([0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121], [0, 1, 3, 4])
# expect: ['a', 'b', 'c'] 3
# expect: ['a', 'b', 'c']
# expect: [1, 3, 5] [0, 2, 4]
# expect: {'x': ['x', 'x'], 'y': ['y'], 'z': ['z']} [2, 1, 1]
# expect: KeyError 3
# expect: 'int' object has no attribute 'append'
# expect: Box.put() missing 1 required positional argument: 'x'
# expect: [1, 2, 3, 4, 5] 3
# expect: [[...]]
# expect: [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]
