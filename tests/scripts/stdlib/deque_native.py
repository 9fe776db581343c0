# collections.deque (native, runtime/deque.h): behaviour, errors and reprs against python3.11.
# args: --gil newgil
# args: --gil nogil
import copy
from collections import deque


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


# construction
print(deque(), deque([1, 2]), deque("abc", 2), deque(range(5), maxlen=3))
print(deque(iterable=(1, 2), maxlen=None), deque(maxlen=True), deque([], 0))
print(deque(x * x for x in range(4)), deque({1: 2, 3: 4}), deque(deque([7, 8])))
show(lambda: deque(1, 2, 3))
show(lambda: deque(x=1))
show(lambda: deque([], maxlen="a"))
show(lambda: deque([], maxlen=1.5))
show(lambda: deque([], maxlen=2 ** 70))
show(lambda: deque([], maxlen=-1))
show(lambda: deque([1], iterable=[2]))
show(lambda: deque(1))

# both ends, maxlen
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d.pop(), d.popleft(), d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(9)
print(b)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
z.appendleft(3)
print(z, len(z), bool(z))
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1]).pop(1))
show(lambda: deque([1]).append())
show(lambda: deque([1]).append(x=1))

# extend, extendleft
e = deque([1, 2])
e.extend(e)
print(e)
e.extendleft(e)
print(e)
e.extendleft([7, 8, 9])
print(e)
m = deque([1, 2, 3], maxlen=4)
m.extend(range(10, 13))
print(m)
m.extendleft("ab")
print(m)
show(lambda: deque().extend(5))
show(lambda: deque().extendleft(None))

# rotate
rotated = []
for n in (0, 1, 2, -1, -3, 7, -8, 1000, -1001):
    r = deque(range(5))
    r.rotate(n)
    rotated.append((n, list(r)))
print(rotated)
full = deque(range(8))  # a full ring
full.rotate(3)
full.append(8)
print(full)
full.rotate(-2)
print(full, full[0], full[-1])
one = deque([1])
one.rotate(5)
r = deque(range(4))
r.rotate()
print(one, r)
show(lambda: deque([1]).rotate("a"))
show(lambda: deque([1]).rotate(2 ** 70))
show(lambda: deque([1]).rotate(1, 2))

# clear, copy, count, index, insert, remove, reverse
c = deque([1, 2, 1, "a", 1.0, True], maxlen=10)
print(c.count(1), c.count("a"), c.count(5), c.index(1), c.index(1, 1), c.index(1, -3),
      c.index("a", 0, 4), c.index(1, -100, 100))
show(lambda: c.index(2, 2))
show(lambda: c.index(1, 4, 3))
show(lambda: c.index(1, None))
show(lambda: c.index())
show(lambda: c.count())
cc = c.copy()
c.clear()
print(c, cc, cc.maxlen, len(c))
ins = deque([0, 1, 2, 3])
for pos, x in ((0, "a"), (2, "b"), (100, "c"), (-1, "d"), (-100, "e"), (3, "f")):
    ins.insert(pos, x)
print(ins)
show(lambda: deque([1], maxlen=1).insert(0, 2))
show(lambda: deque([1]).insert("a", 3))
show(lambda: deque([1]).insert(1))
rem = deque([3, 1, 2, 1])
rem.remove(1)
print(rem)
show(lambda: rem.remove(9))
rem.reverse()
print(rem)
ev = deque(range(6))
ev.reverse()
print(ev)

# items
s = deque(range(10))
print(s[0], s[-1], s[3], s[-4], s[True])
s[0] = "x"
s[-1] = "y"
del s[1]
del s[-2]
del s[4]
print(s)
show(lambda: s[100])
show(lambda: s[-100])
show(lambda: s[2 ** 70])
show(lambda: s[1.0])
show(lambda: s[1:2])
show(lambda: s["a"])


def set_out():
    s[50] = 1


def set_slice():
    s[1:2] = [1]


def del_slice():
    del s[1:2]


def del_out():
    del s[-50]


show(set_out)
show(set_slice)
show(del_slice)
show(del_out)


class Idx:
    def __index__(self):
        return 1


print(deque([5, 6, 7])[Idx()], deque([5, 6, 7]).index(7, Idx()))

# len, bool, iteration
it_d = deque([1, 2, 3])
print(len(it_d), bool(it_d), bool(deque()), list(it_d), list(reversed(it_d)), tuple(it_d),
      sorted(deque([3, 1, 2])), sum(deque([1, 2])), 2 in it_d, 5 in it_d, [x for x in it_d])
it = iter(it_d)
print(next(it))
it_d.reverse()  # reordering in place: no error, as CPython
it_d[0] = 30
print(next(it))
it_d.append(4)
show(lambda: next(it))
rit = reversed(it_d)
print(next(rit))
it_d.popleft()
show(lambda: next(rit))
it2 = iter(deque([1, 2]))
print(list(it2), list(it2))
show(lambda: len(iter(deque())))


def mutate_loop():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)


show(mutate_loop)


class Mutating:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


for name in ("count", "index", "remove"):
    md = deque([1, 2, 3])
    show(lambda: getattr(md, name)(Mutating(md)))
    md.clear()  # no cycle left: Mutating holds md
md = deque([1, 2])
show(lambda: Mutating(md) in md)
md.clear()

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == [1],
      deque([1]) != [1], deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]),
      deque([2]) > deque([1, 5]), deque([1]) >= deque([1, 0]), deque() < deque([0]),
      deque([1], maxlen=1) == deque([1]))
print(deque([1, 2]) == deque([1.0, 2.0]), deque(["a", (1, 2)]) == deque(["a", (1, 2)]))
show(lambda: deque([1]) < [1])
show(lambda: deque([1]) < 1)
show(lambda: deque([1, 2]) < deque([1, "a"]))
show(lambda: deque([1, 2]) > deque([1, 2, "a"]))

# + and *
print(deque([1]) + deque([2, 3]), deque([1, 2], maxlen=3) + deque([3, 4]), deque("ab") * 2,
      3 * deque([0]), deque([1, 2]) * 0, deque([1, 2]) * -1, deque([1, 2]) * True)
print(deque([1], maxlen=3) * 5, deque([1, 2, 3], maxlen=5) * 2, deque([], maxlen=2) * 3)
show(lambda: deque([1]) + [2])
show(lambda: [2] + deque([1]))
show(lambda: deque([1]) * "a")
show(lambda: deque([1]) * 2.0)
show(lambda: deque([1]) * (2 ** 70))
show(lambda: deque([1]) - deque([1]))
show(lambda: -deque())
acc = deque([1])
alias = acc
acc += [2, 3]
acc += acc
print(acc, acc is alias)
acc *= 2
print(acc, acc is alias)
capped = deque([1, 2], maxlen=3)
capped *= 3
print(capped)
capped *= 0
print(capped)

# repr, hash, type, attributes
rec = deque([1])
rec.append(rec)
print(rec, repr(deque([deque([1], maxlen=2), "s"])))
rec.pop()  # the cycle broken
show(lambda: hash(deque()))
show(lambda: {deque(): 1})
print(isinstance(deque(), deque), isinstance([], deque), type(deque()).__name__,
      type(deque()) is deque, deque, issubclass(deque, object))
show(lambda: deque().foo)
attr = deque()


def set_maxlen():
    attr.maxlen = 3


def set_other():
    attr.foo = 3


show(set_maxlen)
show(set_other)
print(deque.append, deque([1]).maxlen, deque([1], 4).maxlen)
unbound = deque()
deque.append(unbound, 5)
print(unbound)

# copy and deepcopy
inner = [1]
orig = deque([inner, 2], maxlen=5)
shallow, deep = copy.copy(orig), copy.deepcopy(orig)
print(shallow, deep, shallow[0] is inner, deep[0] is inner, deep.maxlen, shallow.maxlen)
selfref = deque([1])
selfref.append(selfref)
dcopy = copy.deepcopy(selfref)
print(dcopy[1] is dcopy, dcopy[1] is selfref, len(dcopy))
dcopy.pop()
selfref.pop()


# a long run of mixed operations against a list: the ring grows, wraps round and shrinks
def check_against_list():
    seed = 12345
    q = deque()
    model = []
    for step in range(20000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = seed % 10
        phase = (step // 2500) % 2  # growing, then draining
        if op < 3 + phase * -2:
            q.append(step)
            model.append(step)
        elif op < 5:
            q.appendleft(step)
            model.insert(0, step)
        elif op < 7 + phase * 2:
            if model:
                assert q.pop() == model.pop()
        elif op < 9 + phase:
            if model:
                assert q.popleft() == model.pop(0)
        else:
            if model:
                k = seed % len(model)
                assert q[k] == model[k] and q[-1 - k] == model[-1 - k]
                q.rotate(k)
                model = model[len(model) - k:] + model[:len(model) - k]
        assert len(q) == len(model)
    return list(q) == model, len(q)


print(check_against_list())
big = deque(range(100000))
while len(big) > 3:
    big.popleft()
print(big)

# expect: deque([]) deque([1, 2]) deque(['b', 'c'], maxlen=2) deque([2, 3, 4], maxlen=3)
# expect: deque([1, 2]) deque([], maxlen=1) deque([], maxlen=0)
# expect: deque([0, 1, 4, 9]) deque([1, 3]) deque([7, 8])
# expect: TypeError deque() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for deque()
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: ValueError maxlen must be non-negative
# expect: TypeError argument for deque() given by name ('iterable') and position (1)
# expect: TypeError 'int' object is not iterable
# expect: deque([-3, -2, -1, 0, 0, 1, 2, 3]) 10 4 -4 deque([-3, -2, -1, 0, 0, 1, 2, 3])
# expect: deque([3, 4, 5], maxlen=3) 3
# expect: deque([9, 3, 4], maxlen=3)
# expect: deque([], maxlen=0) 0 False
# expect: IndexError pop from an empty deque
# expect: IndexError pop from an empty deque
# expect: TypeError deque.pop() takes no arguments (1 given)
# expect: TypeError deque.append() takes exactly one argument (0 given)
# expect: TypeError deque.append() takes no keyword arguments
# expect: deque([1, 2, 1, 2])
# expect: deque([2, 1, 2, 1, 1, 2, 1, 2])
# expect: deque([9, 8, 7, 2, 1, 2, 1, 1, 2, 1, 2])
# expect: deque([3, 10, 11, 12], maxlen=4)
# expect: deque(['b', 'a', 3, 10], maxlen=4)
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'NoneType' object is not iterable
# expect: [(0, [0, 1, 2, 3, 4]), (1, [4, 0, 1, 2, 3]), (2, [3, 4, 0, 1, 2]), (-1, [1, 2, 3, 4, 0]), (-3, [3, 4, 0, 1, 2]), (7, [3, 4, 0, 1, 2]), (-8, [3, 4, 0, 1, 2]), (1000, [0, 1, 2, 3, 4]), (-1001, [1, 2, 3, 4, 0])]
# expect: deque([5, 6, 7, 0, 1, 2, 3, 4, 8])
# expect: deque([7, 0, 1, 2, 3, 4, 8, 5, 6]) 7 6
# expect: deque([1]) deque([3, 0, 1, 2])
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: TypeError deque.rotate expected at most 1 argument, got 2
# expect: 4 1 0 0 2 4 3 0
# expect: ValueError 2 is not in deque
# expect: ValueError 1 is not in deque
# expect: TypeError slice indices must be integers or have an __index__ method
# expect: TypeError index() takes at least 1 argument (0 given)
# expect: TypeError deque.count() takes exactly one argument (0 given)
# expect: deque([], maxlen=10) deque([1, 2, 1, 'a', 1.0, True], maxlen=10) 10 0
# expect: deque(['e', 'a', 0, 'f', 'b', 1, 2, 3, 'd', 'c'])
# expect: IndexError deque already at its maximum size
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError insert() takes exactly 2 arguments (1 given)
# expect: deque([3, 2, 1])
# expect: ValueError 9 is not in deque
# expect: deque([1, 2, 3])
# expect: deque([5, 4, 3, 2, 1, 0])
# expect: 0 9 3 6 1
# expect: deque(['x', 2, 3, 4, 6, 7, 'y'])
# expect: IndexError deque index out of range
# expect: IndexError deque index out of range
# expect: IndexError cannot fit 'int' into an index-sized integer
# expect: TypeError sequence index must be integer, not 'float'
# expect: TypeError sequence index must be integer, not 'slice'
# expect: TypeError sequence index must be integer, not 'str'
# expect: IndexError deque index out of range
# expect: TypeError sequence index must be integer, not 'slice'
# expect: TypeError sequence index must be integer, not 'slice'
# expect: IndexError deque index out of range
# expect: 6 2
# expect: 3 True False [1, 2, 3] [3, 2, 1] (1, 2, 3) [1, 2, 3] 3 True False [1, 2, 3]
# expect: 1
# expect: 2
# expect: RuntimeError deque mutated during iteration
# expect: 4
# expect: RuntimeError deque mutated during iteration
# expect: [1, 2] []
# expect: TypeError object of type '_collections._deque_iterator' has no len()
# expect: RuntimeError deque mutated during iteration
# expect: RuntimeError deque mutated during iteration
# expect: RuntimeError deque mutated during iteration
# expect: IndexError deque mutated during iteration
# expect: RuntimeError deque mutated during iteration
# expect: True False False True True True True False True True
# expect: True True
# expect: TypeError '<' not supported between instances of 'collections.deque' and 'list'
# expect: TypeError '<' not supported between instances of 'collections.deque' and 'int'
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: ok False
# expect: deque([1, 2, 3]) deque([2, 3, 4], maxlen=3) deque(['a', 'b', 'a', 'b']) deque([0, 0, 0]) deque([]) deque([]) deque([1, 2])
# expect: deque([1, 1, 1], maxlen=3) deque([2, 3, 1, 2, 3], maxlen=5) deque([], maxlen=2)
# expect: TypeError can only concatenate deque (not "list") to deque
# expect: TypeError can only concatenate list (not "collections.deque") to list
# expect: TypeError can't multiply sequence by non-int of type 'str'
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError unsupported operand type(s) for -: 'collections.deque' and 'collections.deque'
# expect: TypeError bad operand type for unary -: 'collections.deque'
# expect: deque([1, 2, 3, 1, 2, 3]) True
# expect: deque([1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]) True
# expect: deque([2, 1, 2], maxlen=3)
# expect: deque([], maxlen=3)
# expect: deque([1, [...]]) deque([deque([1], maxlen=2), 's'])
# expect: TypeError unhashable type: 'collections.deque'
# expect: TypeError unhashable type: 'collections.deque'
# expect: True False deque True <class 'collections.deque'> True
# expect: AttributeError 'collections.deque' object has no attribute 'foo'
# expect: AttributeError attribute 'maxlen' of 'collections.deque' objects is not writable
# expect: AttributeError 'collections.deque' object has no attribute 'foo'
# expect: <method 'append' of 'collections.deque' objects> None 4
# expect: deque([5])
# expect: deque([[1], 2], maxlen=5) deque([[1], 2], maxlen=5) True False 5 5
# expect: True False 2
# expect: (True, 924)
# expect: deque([99997, 99998, 99999])
