# bisect's functions in C++ (module_bisect.cpp, CPython's _bisect): lo, hi and key=, any
# sequence, script __lt__, equal keys (insort_right after them, insort_left before), and
# CPython's argument handling and errors.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 1


class Seq:
    def __init__(self, d):
        self.d = d

    def __len__(self):
        return len(self.d)

    def __getitem__(self, i):
        print("get", i)
        return self.d[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.d.insert(i, x)


# Errors and argument handling.
show(lambda: bisect_left([1, 2], 1, -1))
show(lambda: bisect_left())
show(lambda: bisect_left([1]))
show(lambda: bisect_left(1, 2))
show(lambda: bisect_left([1, 2], 1, 0, 5))
show(lambda: bisect_left([1, 2], 1, "a"))
show(lambda: bisect_left([1, 2], 1, 0, "a"))
show(lambda: bisect_right([1, 2], 1, 0, None, 3))
show(lambda: bisect_right([1, 2], 1, lo=-3))
show(lambda: bisect.insort([1, 2], 1, -1))
show(lambda: bisect.insort((1, 2), 1))
show(lambda: bisect.bisect((1, 2), 1, hi=-1))
show(lambda: bisect_left([1, 2], 1, foo=2))
show(lambda: bisect_left([1, 2], 1, 1.0))
show(lambda: bisect_left([1, 2], 1, True, 2**70))
show(lambda: bisect_left([1, 2], 1, lo=2**70))
show(lambda: bisect_left([1, 2], 1, hi=-2**70))
show(lambda: bisect_left([1, 2], 1, hi=2.0))
show(lambda: bisect_left([1, 2], 1, hi=True))
show(lambda: bisect_left([1, "a"], 2))
show(lambda: bisect_right(range(10), 3, 2, 20))
show(lambda: bisect_left([1, 2, 3], 2, hi=-5))
show(lambda: bisect.insort(None, 1))
show(lambda: bisect_left([1], 1, a=[1]))
show(lambda: bisect_left(x=1, a=[1, 2]))
show(lambda: bisect_left([1, 2, 3], 3, Idx()))
show(lambda: bisect_left([1, 2, 3], 3, 0, Idx()))
show(lambda: bisect_left([1, 2, 3], 3, None))
show(lambda: bisect_left({1: 2}, 1))
show(lambda: bisect_left(None, 1))
show(lambda: bisect_left(5, 1, 0, 3))
show(lambda: bisect_left([1, 2, 3], 3, key=3))
show(lambda: insort_left())
show(lambda: insort_right([1, 2], 0, hi=7))
show(lambda: bisect_left([1, 2, 3], 2, hi=-1))
show(lambda: bisect_left([1, 2, 3], 3, key=None))
show(lambda: bisect_right([], 1, 3))
show(lambda: bisect_left(Seq([1, 2, 3]), 2))
s = Seq([1, 2, 3])
show(lambda: bisect.insort(s, 2))
print(s.d)
a = [1, 2]
bisect.insort(a, 3, 5)
print(a)

# Positions among equal items, with lo and hi.
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect_left(a, x, 2), bisect_right(a, x, 0, 4))
print(bisect_left([], 1), bisect_right([], 1), bisect_left([], 1, 0, 0))
print(bisect_left((1, 3, 5), 3), bisect_right("abcde", "c"), bisect_left(range(0, 100, 5), 37))
print(bisect_left([1.0, 2.5, 2**70, 1e30], 2**70), bisect_right([-2**70, -1, 0.5], -1))
print(bisect_left([True, 2, 3.5], 1), bisect_right(["a", "b", "b", "c"], "b"))
print(bisect_left([(1, "a"), (1, "b"), (2, "a")], (1, "b")), bisect_right([(1, "a"), (1, "b")], (1,)))

# key= applies to the items, not to x; insort applies it to x too.
records = [(5, "a"), (3, "b"), (1, "c")]
print(bisect_left(records, -3, key=lambda r: -r[0]), bisect_right(records, -3, key=lambda r: -r[0]))
people = [("al", 30), ("bo", 25)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ("cy", 25), key=lambda p: p[1])
insort_left(people, ("di", 25), key=lambda p: p[1])
insort_right(people, ("ed", 40), key=lambda p: p[1])
print(people)
print(bisect_right(range(100), 37, key=lambda v: v // 10), bisect_left(range(100), 3, key=lambda v: v // 10))


# Script classes with __lt__ only: insort_right puts an equal item after the equal ones.
class Ver:
    compared = 0

    def __init__(self, n, tag):
        self.n = n
        self.tag = tag

    def __lt__(self, other):
        Ver.compared += 1
        return self.n < other.n

    def __repr__(self):
        return "%d%s" % (self.n, self.tag)


vs = []
for n, tag in [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e"), (3, "f")]:
    insort_right(vs, Ver(n, tag))
print(vs, Ver.compared)
for n, tag in [(3, "g"), (1, "h")]:
    insort_left(vs, Ver(n, tag))
print(vs, Ver.compared)
print(bisect_left(vs, Ver(2, "x")), bisect_right(vs, Ver(2, "x")), bisect_right([(1, Ver(1, "z"))], (1, Ver(0, "y"))))


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


show(lambda: bisect_left([Bad(), Bad()], Bad()))
show(lambda: bisect_left([1, 2, 3], 2, key=lambda v: 1 / 0))

# A list changed by the key function while bisect runs.
changing = [1, 2, 3, 4, 5, 6, 7, 8]


def shrink(v):
    if len(changing) > 2:
        changing.pop()
    return v


show(lambda: bisect_left(changing, 7, key=shrink))

# Insertion sort with insort agrees with sorted().
data = [(i * 7919) % 1009 for i in range(600)]
out = []
for x in data:
    insort_left(out, x)
print(out == sorted(data), len(out))
words = "the quick brown fox jumps over the lazy dog".split()
out = []
for w in words:
    bisect.insort(out, w)
print(out)

# The expected output (CPython 3.11):
# expect: ValueError lo must be non-negative
# expect: TypeError bisect_left() missing required argument 'a' (pos 1)
# expect: TypeError bisect_left() missing required argument 'x' (pos 2)
# expect: TypeError object of type 'int' has no len()
# expect: IndexError list index out of range
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError argument should be integer or None, not 'str'
# expect: TypeError bisect_right() takes at most 4 positional arguments (5 given)
# expect: ValueError lo must be non-negative
# expect: ValueError lo must be non-negative
# expect: AttributeError 'tuple' object has no attribute 'insert'
# expect: 1
# expect: TypeError 'foo' is an invalid keyword argument for bisect_left()
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError argument should be integer or None, not 'float'
# expect: 0
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: IndexError range object index out of range
# expect: 0
# expect: TypeError object of type 'NoneType' has no len()
# expect: TypeError argument for bisect_left() given by name ('a') and position (1)
# expect: 0
# expect: 2
# expect: 1
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError dict is not a sequence
# expect: TypeError object of type 'NoneType' has no len()
# expect: TypeError 'int' object does not support indexing
# expect: TypeError 'int' object is not callable
# expect: TypeError insort_left() missing required argument 'a' (pos 1)
# expect: IndexError list index out of range
# expect: 1
# expect: 2
# expect: 3
# expect: get 1
# expect: get 0
# expect: 1
# expect: get 1
# expect: get 2
# expect: insert 2 2
# expect: None
# expect: [1, 2, 2, 3]
# expect: [1, 2, 3]
# expect: 0 0 0 2 0
# expect: 1 0 1 2 1
# expect: 2 1 4 2 4
# expect: 3 4 5 4 4
# expect: 4 5 5 5 4
# expect: 8 6 7 6 4
# expect: 9 7 7 7 4
# expect: 0 0 0
# expect: 1 3 8
# expect: 2 2
# expect: 0 3
# expect: 1 0
# expect: 1 2
# expect: [('di', 25), ('bo', 25), ('cy', 25), ('al', 30), ('ed', 40)]
# expect: 100 30
# expect: [1b, 1e, 2d, 3a, 3c, 3f] 9
# expect: [1h, 1b, 1e, 2d, 3g, 3a, 3c, 3f] 15
# expect: 3 4 0
# expect: ValueError no order
# expect: ZeroDivisionError division by zero
# expect: 6
# expect: True 600
# expect: ['brown', 'dog', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the', 'the']
