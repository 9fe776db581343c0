# List slices through the interpreter's list cases: reads of any step into fresh lists (and
# lists recycled with their storage), equal-length stores that swap a temporary's items in,
# self-assignment, length errors, huge and __index__ bounds, deletion, list(x) and x.copy().
# args: --gil newgil
# args: --gil nogil


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def set_slice(target, s, value):
    target[s] = value


def del_slice(target, s):
    del target[s]


def err(f):
    try:
        f()
        return "no error"
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


a = list(range(10))
print(a[2:7], a[7:2:-1], a[::3], a[::-4], a[-3:], a[:-3:2], a[5:5], a[9:0:-9])  # expect: [2, 3, 4, 5, 6] [7, 6, 5, 4, 3] [0, 3, 6, 9] [9, 5, 1] [7, 8, 9] [0, 2, 4, 6] [] [9]
print(a[-10 ** 20:10 ** 20], a[10 ** 30::-3], a[::-(10 ** 20)], a[::10 ** 20], a[Index(2):Index(-2):Index(3)])  # expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [9, 6, 3, 0] [9] [0] [2, 5]
print(a[True:5], a[:False], a[::True])  # expect: [1, 2, 3, 4] [] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(err(lambda: a[::0]), err(lambda: a["x":]), err(lambda: a[1:2:1.0]))  # expect: ValueError: slice step cannot be zero TypeError: slice indices must be integers or None or have an __index__ method TypeError: slice indices must be integers or None or have an __index__ method

# Stores from temporaries of the same length (the swap), and of other lengths.
b = list(range(10))
b[:4] = b[3::-1]
print(b)  # expect: [3, 2, 1, 0, 4, 5, 6, 7, 8, 9]
b[::2] = b[1::2]
print(b)  # expect: [2, 2, 0, 0, 5, 5, 7, 7, 9, 9]
b[8:1:-3] = [x * 10 for x in range(3)]
print(b)  # expect: [2, 2, 20, 0, 5, 10, 7, 7, 0, 9]
b[2:4] = [7, 7, 7, 7]
print(b, len(b))  # expect: [2, 2, 7, 7, 7, 7, 5, 10, 7, 7, 0, 9] 12
b[2:6] = []
print(b, len(b))  # expect: [2, 2, 5, 10, 7, 7, 0, 9] 8
b[-100:100] = [1, 2]
print(b)  # expect: [1, 2]
b[5:] = [3]
print(b)  # expect: [1, 2, 3]
b[1:1] = ["in"]
print(b)  # expect: [1, 'in', 2, 3]

# Self-assignment and sharing.
c = [1, 2, 3, 4, 5]
c[:] = c
print(c)  # expect: [1, 2, 3, 4, 5]
c[::-1] = c
print(c)  # expect: [5, 4, 3, 2, 1]
c[1:3] = c
print(c)  # expect: [5, 5, 4, 3, 2, 1, 2, 1]
print(err(lambda: set_slice(c, slice(None, None, 2), c)))  # expect: ValueError: attempt to assign sequence of size 8 to extended slice of size 4
d = [0, 0]
d[:1] = [d]
print(d)  # expect: [[...], 0]
d.clear()  # the cycle broken: the VM has no cycle collector (a leak under ASan otherwise)
e = [1, 2, 3]
f = e
e[:] = [9, 8, 7]
print(f, e is f)  # expect: [9, 8, 7] True

# Length and type errors, exactly as CPython.
g = list(range(6))
print(err(lambda: set_slice(g, slice(None, None, 2), [1])))  # expect: ValueError: attempt to assign sequence of size 1 to extended slice of size 3
print(err(lambda: set_slice(g, slice(5, None, -2), [1, 2, 3, 4])))  # expect: ValueError: attempt to assign sequence of size 4 to extended slice of size 3
print(err(lambda: set_slice(g, slice(None, None, 0), [1, 2])))  # expect: ValueError: slice step cannot be zero
print(err(lambda: set_slice(g, slice(0, 1), 5)))  # expect: TypeError: can only assign an iterable
print(err(lambda: set_slice(g, slice(0, 4, 2), 5)))  # expect: TypeError: must assign iterable to extended slice
print(g)  # expect: [0, 1, 2, 3, 4, 5]
h = list(range(6))
h[::2] = (10, 20, 30)
h[1::2] = "abc"
print(h)  # expect: [10, 'a', 20, 'b', 30, 'c']
h[::-2] = (x for x in [100, 200, 300])
print(h)  # expect: [10, 300, 20, 200, 30, 100]
h[0:2] = range(5)
print(h)  # expect: [0, 1, 2, 3, 4, 20, 200, 30, 100]

# Deletion.
k = list(range(12))
del k[2:4]
print(k)  # expect: [0, 1, 4, 5, 6, 7, 8, 9, 10, 11]
del k[::3]
print(k)  # expect: [1, 4, 6, 7, 9, 10]
del k[::-2]
print(k)  # expect: [1, 6, 9]
del k[10 ** 20:]
del k[-10 ** 20:1]
print(k)  # expect: [6, 9]
print(err(lambda: del_slice(k, slice(None, None, 0))))  # expect: ValueError: slice step cannot be zero

# Copies are new lists of the same items.
m = [[1], [2], "x"]
n1, n2, n3 = m[:], list(m), m.copy()
n1.append(0)
n2[0] = None
n3[1].append(5)
print(m, n1, n2, n3, n1 is m, n2 is m)  # expect: [[1], [2, 5], 'x'] [[1], [2, 5], 'x', 0] [None, [2, 5], 'x'] [[1], [2, 5], 'x'] False False
print([], [][:], list([]), [].copy(), [][::-1])  # expect: [] [] [] [] []

# Many lists of varied sizes made and freed (recycled with their storage).
total = 0
keep = []
for size in [0, 1, 3, 70, 5, 200, 2, 64, 65, 1]:
    src = list(range(size))
    for step in [1, -1, 2, -3]:
        part = src[::step]
        total += sum(part) * step + len(part)
        keep.append(part[:3])
    rev = src[:]
    rev[:] = src[::-1]
    total += rev[0] if rev else 0
    nested = [src[:2] for _ in range(5)]
    total += sum(len(x) for x in nested)
print(total, keep[:8], keep[-4:])  # expect: 1113 [[], [], [], [], [0], [0], [0], [0]] [[0], [0], [0], [0]]
big = [list(range(i % 7)) for i in range(300)]
print(sum(len(x[1:]) for x in big), big[13][::-1])  # expect: 640 [5, 4, 3, 2, 1, 0]


# The same errors through the statements themselves (BINARY_SLICE, STORE_SLICE).
def store_every_other(t, v):
    t[::2] = v


def store_reversed(t, v):
    t[::-1] = v


def store_zero_step(t, v):
    t[1:4:0] = v


def delete_zero_step(t):
    del t[::0]


p = [1, 2, 3, 4, 5]
print(err(lambda: store_every_other(p, [0] * 2)), err(lambda: store_every_other(p, p)))  # expect: ValueError: attempt to assign sequence of size 2 to extended slice of size 3 ValueError: attempt to assign sequence of size 5 to extended slice of size 3
print(err(lambda: store_reversed(p, [0] * 4)), err(lambda: store_reversed(p, 3)))  # expect: ValueError: attempt to assign sequence of size 4 to extended slice of size 5 TypeError: must assign iterable to extended slice
print(err(lambda: store_zero_step(p, [0] * 3)), err(lambda: delete_zero_step(p)), p)  # expect: ValueError: slice step cannot be zero ValueError: slice step cannot be zero [1, 2, 3, 4, 5]
store_reversed(p, [x for x in p])
store_every_other(p, p[::2][::-1])
print(p)  # expect: [1, 4, 3, 2, 5]
q = [[i] for i in range(4)]
q[1:3] = q[2:0:-1]
q[::-1] = q[:]
print(q)  # expect: [[3], [1], [2], [0]]
