# List slicing with and without a step (BINARY_SLICE / STORE_SLICE take the step from the stack),
# slice assignment (in place when the lengths match, from a fresh temporary list whose items it
# takes, from lists still referred to elsewhere, tuples, iterators, itself), the extended-slice
# errors, and list copies (a[:], copy(), list(), +, *). Under a GIL and free-threaded.
# args: --gil newgil
# args: --gil nogil
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100::-3], a[:-100:-4], a[2:8:100])
print(a[::-100], a[5:5:-1], a[None:None:None], a[None:3:None], a[2**70::-1][:2], a[:2**70:3])
t = tuple(range(7))
print(t[::2], t[::-1], t[5:1:-2], t[::1] is t, t[::-1] is t, t[1::1])
s, u, b = "abcdefg", "héllo ✓ wörld", b"abcdefgh"
print(s[::2], s[::-1], s[::1] is s, u[::-1], u[1::3], u[::-2], b[::3], b[::-1], b[6:1:-2])
r = range(2, 40, 3)
print(r[::2], r[::-1], r[5:1:-2], list(r[::-4]))
k = 3
print(a[k::-1], a[:k + 1], a[k:0:-1], a[-k::k])
for bad in ((1, 2, 0), (1, 2, "x"), (1.5, 2, 1), (None, None, 1.0)):
    try:
        print(a[bad[0]:bad[1]:bad[2]])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# The fannkuch flip: a reversed prefix assigned over the prefix, from a temporary.
perm = [2, 4, 1, 3, 0, 5]
while perm[0]:
    n = perm[0]
    perm[:n + 1] = perm[n::-1]
    print(perm)
# A list still named elsewhere is copied, never emptied.
a = list(range(6))
src = ["x", "y"]
a[1:3] = src
a[4:5] = src
print(a, src)
a[::2] = src + ["z", "w"]
print(a, src)
# Equal length, growing, shrinking, emptying, inserting; from lists, tuples and others.
a = list(range(8))
a[2:5] = [20, 30, 40]
print(a)
a[2:5] = [7]
print(a)
a[1:2] = (10, 11, 12, 13)
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = "ab"
print(a)
a[3:3] = range(3)
print(a)
a[-3:] = (c for c in "gen")
print(a)
a[1:-1] = {"k": 1}
print(a)
a[5:1] = [99]
print(a)
a[100:200] = [100]
print(a)
a[-100:1] = []
print(a)
a[:] = []
print(a)
# Onto itself: the right side is read before the list changes.
a = [1, 2, 3, 4, 5]
a[:] = a
print(a)
a[1:3] = a
print(a)
a[::-1] = a
print(a)
a[::2] = a[::2][::-1]
print(a)
a[:2] = a[3:]
print(a)
a[2:] = a[:2] * 2
print(a)
# Extended slices: exactly as many items; negative steps; bounds out of range and None.
a = list(range(10))
a[::2] = "abcde"
print(a)
a[::-3] = [-1, -2, -3, -4]
print(a)
a[8:1:-2] = (c for c in "wxyz")
print(a)
a[100:-100:-5] = [None, None]
print(a)
a[1:2:5] = ["one"]
print(a)
a[5:5:2] = []
print(a)
a[::1] = [1, 2]
print(a)
a[None:None:-1] = [3, 4]
print(a)
for (start, stop, step), value in (((None, None, 2), [1, 2, 3]), ((None, None, -1), []),
                                   ((0, 10, 3), "abcd"), ((None, None, 0), [])):
    b = list(range(5))
    try:
        b[start:stop:step] = value
        print(b)
    except ValueError as e:
        print("ValueError", e)
for value in (5, None, 1.5):
    for step in (None, 1, 2, -1):
        try:
            b = [1, 2, 3]
            b[0:2:step] = value
        except TypeError as e:
            print("TypeError", step, e)
try:
    b = [1, 2, 3]
    b[0:2:"x"] = [1]
except TypeError as e:
    print("TypeError", e)
for seq in ((1, 2, 3), "abc", b"abc", range(3)):
    try:
        seq[::2] = [1, 2]
    except TypeError as e:
        print("TypeError", e)
a = list(range(10))
del a[::3]
print(a)
del a[::-2]
print(a)
a[1:] += [0]
print(a)
try:
    a[1::2] += [0]
except ValueError as e:
    print("ValueError", e)

# Evaluation order: value, container, start, stop, step; the subscript after all of them.
def show(tag, v):
    print("eval", tag)
    return v
holder = [list(range(6))]
show("target", holder)[0][show("start", 4):show("stop", 0):show("step", -2)] = show("value", "ab")
print(holder[0], show("target", holder)[0][show("start", 1):show("stop", 5):show("step", 3)])

# Containers that take slice objects get the step too.
class Seq:
    def __getitem__(self, index):
        return ("get", index.start, index.stop, index.step)
    def __setitem__(self, index, value):
        print("set", index.start, index.stop, index.step, value)
q = Seq()
print(q[1:2:3], q[::-1], q[:5], q[1:], q[::])
q[1:2:3] = "v"
q[::-1] = None
q[:] = 7
try:
    {}[1:2:3]
except TypeError as e:
    print("TypeError", e)

# Copies: new lists of the same items, whatever made them.
a = [[1], "two", 3.0, None]
copies = [a[:], a.copy(), list(a), a + [], [] + a, a * 1, a[::1], a[::-1][::-1], list(a[:])]
print(all(c == a and c is not a for c in copies), all(c[0] is a[0] for c in copies))
a[0].append(2)
print(copies[0][0], copies[-1][0], a + a[1:], a * 2, [0] * 5, 3 * [a[1]], (1, 2) + (3,))
print([] * 3, [1, 2] * 0, [1, 2] * -1, [None] * 3, list(range(3)) + list(range(2)))
b = a[:]
b[:] = b[::-1]
print(a, b)


# A list gives its items away only when nothing but the stack refers to it: not when a chained
# assignment, a name, a container or the target itself holds it too.
a = list(range(6))
x = a[1:3] = [7, 8, 9]
y = a[::2] = [0, 0, 0, 0, 0][:4]
print(a, x, y)
held = ([4, 5],)
a[:1] = held[0]
print(a, held)
for a[0:2] in ([1], [2, 3]):
    print(a)
a[1:2], c = [5, 6], 1
def make():
    return [10, 11, 12]
a[::-3] = make()
print(a, c)
a[:] = [a]
print(len(a), a[0] is a)
a.clear()  # the cycle, which no collector would free (the ASan tests check for leaks)


# The expected output, in order (CPython 3.11.7).
# expect: [0, 2, 4, 6, 8] [1, 4, 7] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [8, 6, 4] [9, 8, 7] [9, 6, 3, 0] [9, 5, 1] [2]
# expect: [9] [] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [0, 1, 2] [9, 8] [0, 3, 6, 9]
# expect: (0, 2, 4, 6) (6, 5, 4, 3, 2, 1, 0) (5, 3) True False (1, 2, 3, 4, 5, 6)
# expect: aceg gfedcba True dlröw ✓ olléh éo r drw✓olh b'adg' b'hgfedcba' b'gec'
# expect: range(2, 41, 6) range(38, -1, -3) range(17, 5, -6) [38, 26, 14, 2]
# expect: [3, 2, 1, 0] [0, 1, 2, 3] [3, 2, 1] [7]
# expect: ValueError slice step cannot be zero
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: [1, 4, 2, 3, 0, 5]
# expect: [4, 1, 2, 3, 0, 5]
# expect: [0, 3, 2, 1, 4, 5]
# expect: [0, 'x', 'y', 3, 'x', 'y', 5] ['x', 'y']
# expect: ['x', 'x', 'y', 3, 'z', 'y', 'w'] ['x', 'y']
# expect: [0, 1, 20, 30, 40, 5, 6, 7]
# expect: [0, 1, 7, 5, 6, 7]
# expect: [0, 10, 11, 12, 13, 7, 5, 6, 7]
# expect: [-2, -1, 0, 10, 11, 12, 13, 7, 5, 6, 7]
# expect: [-2, -1, 0, 10, 11, 12, 13, 7, 5, 6, 7, 'a', 'b']
# expect: [-2, -1, 0, 0, 1, 2, 10, 11, 12, 13, 7, 5, 6, 7, 'a', 'b']
# expect: [-2, -1, 0, 0, 1, 2, 10, 11, 12, 13, 7, 5, 6, 'g', 'e', 'n']
# expect: [-2, 'k', 'n']
# expect: [-2, 'k', 'n', 99]
# expect: [-2, 'k', 'n', 99, 100]
# expect: ['k', 'n', 99, 100]
# expect: []
# expect: [1, 2, 3, 4, 5]
# expect: [1, 1, 2, 3, 4, 5, 4, 5]
# expect: [5, 4, 5, 4, 3, 2, 1, 1]
# expect: [1, 4, 3, 4, 5, 2, 5, 1]
# expect: [4, 5, 2, 5, 1, 3, 4, 5, 2, 5, 1]
# expect: [4, 5, 4, 5, 4, 5]
# expect: ['a', 1, 'b', 3, 'c', 5, 'd', 7, 'e', 9]
# expect: [-4, 1, 'b', -3, 'c', 5, -2, 7, 'e', -1]
# expect: [-4, 1, 'z', -3, 'y', 5, 'x', 7, 'w', -1]
# expect: [-4, 1, 'z', -3, None, 5, 'x', 7, 'w', None]
# expect: [-4, 'one', 'z', -3, None, 5, 'x', 7, 'w', None]
# expect: [-4, 'one', 'z', -3, None, 5, 'x', 7, 'w', None]
# expect: [1, 2]
# expect: [4, 3]
# expect: [1, 1, 2, 3, 3]
# expect: ValueError attempt to assign sequence of size 0 to extended slice of size 5
# expect: ValueError attempt to assign sequence of size 4 to extended slice of size 2
# expect: ValueError slice step cannot be zero
# expect: TypeError None can only assign an iterable
# expect: TypeError 1 can only assign an iterable
# expect: TypeError 2 must assign iterable to extended slice
# expect: TypeError -1 must assign iterable to extended slice
# expect: TypeError None can only assign an iterable
# expect: TypeError 1 can only assign an iterable
# expect: TypeError 2 must assign iterable to extended slice
# expect: TypeError -1 must assign iterable to extended slice
# expect: TypeError None can only assign an iterable
# expect: TypeError 1 can only assign an iterable
# expect: TypeError 2 must assign iterable to extended slice
# expect: TypeError -1 must assign iterable to extended slice
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError 'tuple' object does not support item assignment
# expect: TypeError 'str' object does not support item assignment
# expect: TypeError 'bytes' object does not support item assignment
# expect: TypeError 'range' object does not support item assignment
# expect: [1, 2, 4, 5, 7, 8]
# expect: [1, 4, 7]
# expect: [1, 4, 7, 0]
# expect: ValueError attempt to assign sequence of size 3 to extended slice of size 2
# expect: eval value
# expect: eval target
# expect: eval start
# expect: eval stop
# expect: eval step
# expect: eval target
# expect: eval start
# expect: eval stop
# expect: eval step
# expect: [0, 1, 'b', 3, 'a', 5] [1, 'a']
# expect: ('get', 1, 2, 3) ('get', None, None, -1) ('get', None, 5, None) ('get', 1, None, None) ('get', None, None, None)
# expect: set 1 2 3 v
# expect: set None None -1 None
# expect: set None None None 7
# expect: TypeError unhashable type: 'slice'
# expect: True True
# expect: [1, 2] [1, 2] [[1, 2], 'two', 3.0, None, 'two', 3.0, None] [[1, 2], 'two', 3.0, None, [1, 2], 'two', 3.0, None] [0, 0, 0, 0, 0] ['two', 'two', 'two'] (1, 2, 3)
# expect: [] [] [] [None, None, None] [0, 1, 2, 0, 1]
# expect: [[1, 2], 'two', 3.0, None] [None, 3.0, 'two', [1, 2]]
# expect: [0, 7, 0, 9, 0, 4, 0] [7, 8, 9] [0, 0, 0, 0]
# expect: [4, 5, 7, 0, 9, 0, 4, 0] ([4, 5],)
# expect: [1, 7, 0, 9, 0, 4, 0]
# expect: [2, 3, 0, 9, 0, 4, 0]
# expect: [2, 12, 6, 0, 11, 0, 4, 10] 1
# expect: 1 True
