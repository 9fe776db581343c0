# Slices without a step (BINARY_SLICE / STORE_SLICE): every bound form on list, tuple, str
# (ASCII and not), bytes and range; bounds negative, out of range, huge, bools and big ints;
# slice assignment that grows, shrinks or empties a list; objects with __getitem__/__setitem__
# (they receive a slice object).
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-3:-1], a[5:2], a[-100:3], a[8:100])
print(a[-100:-50], a[100:200], a[True:3], a[False:], a[2:-100], a[10:], a[:0], a[0:10])
print(a[2**70:], a[:2**70], a[-2**70:2], a[:-2**70])
t = tuple(range(6))
print(t[1:4], t[:-1], t[4:], t[-2:], t[3:1], t[:], t[:] is t, t[0:1])
s = "hello, world"
print(s[2:5], s[:5], s[7:], s[-5:], s[:-7], s[3:3] == "", s[:] is s, s[100:], s[-1:])
u = "héllo ✓ wörld ☃"
print(u[1:5], u[:2], u[6:], u[-5:], u[-1:], u[:-1], u[3:100], len(u[2:9]), u[9:2])
b = b"abcdefgh"
print(b[2:5], b[:3], b[-2:], b[5:2], b[:] == b, b[1:2], b[-100:100])
r = range(3, 30, 3)
print(r[2:5], r[:-2], r[-3:], list(r[1:4]))
i, j = 2, 6
print(a[i:j], s[i:j], t[i:j], u[i:j], b[i:j], a[i:], s[:j], a[-j:-i])
for bad in ("x", 1.5, None):
    try:
        print(a[bad:2])
    except TypeError as e:
        print("TypeError", e)
try:
    print({1: 2}[1:2])
except Exception as e:
    print(type(e).__name__, e)
try:
    n = 5
    print(n[1:2])
except TypeError as e:
    print("TypeError", e)

# Assignment: same length, longer, shorter, empty, out-of-range bounds, from tuple, str, range,
# generator, itself; a non-iterable is a TypeError.
x = list(range(8))
x[2:4] = ["a", "b"]
print(x)
x[2:4] = ["p", "q", "r", "s"]
print(x)
x[1:7] = [0]
print(x)
x[:] = []
print(x)
x[5:10] = (1, 2, 3)
print(x)
x[-100:1] = "ab"
print(x)
x[len(x):] = range(3)
print(x)
x[2:2] = (v * 10 for v in range(3))
print(x)
x[::] = x[::-1]
print(x)
x[1:3] = x
print(x, len(x))
x[3:1] = [9]
print(x)
try:
    x[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[0:1] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2)[0:1] = (3,)
except TypeError as e:
    print("TypeError", e)
del x[1:4]
print(x)

# Objects with __getitem__ / __setitem__ get a slice object, None for a missing bound.
class Seq:
    def __getitem__(self, key):
        return ("get", key.start, key.stop, key.step)
    def __setitem__(self, key, value):
        print("set", key.start, key.stop, key.step, value)
q = Seq()
print(q[1:2], q[:5], q[3:], q[:], q["a":"b"])
q[1:2] = "v"
q[:] = [1]

# Augmented assignment to a slice, a step of None written out, slices in a loop.
y = [1, 2, 3, 4]
y[1:3] += [7]
print(y)
print(y[1:3:None], y[None:None], s[None:4])
acc = []
for k in range(-6, 7, 3):
    acc.append((a[k:], a[:k], s[k:k + 2], t[k:]))
print(acc)

# The expected output, in order (CPython 3.11).
# expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6] [7, 8] [] [0, 1, 2] [8, 9]
# expect: [] [] [1, 2] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [] [] [] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [0, 1] []
# expect: (1, 2, 3) (0, 1, 2, 3, 4) (4, 5) (4, 5) () (0, 1, 2, 3, 4, 5) True (0,)
# expect: llo hello world world hello True True  d
# expect: éllo hé ✓ wörld ☃ rld ☃ ☃ héllo ✓ wörld  lo ✓ wörld ☃ 7 
# expect: b'cde' b'abc' b'gh' b'' True b'b' b'abcdefgh'
# expect: range(9, 18, 3) range(3, 24, 3) range(21, 30, 3) [6, 9, 12]
# expect: [2, 3, 4, 5] llo, (2, 3, 4, 5) llo  b'cdef' [2, 3, 4, 5, 6, 7, 8, 9] hello, [4, 5, 6, 7]
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: [0, 1]
# expect: TypeError unhashable type: 'slice'
# expect: TypeError 'int' object is not subscriptable
# expect: [0, 1, 'a', 'b', 4, 5, 6, 7]
# expect: [0, 1, 'p', 'q', 'r', 's', 4, 5, 6, 7]
# expect: [0, 0, 5, 6, 7]
# expect: []
# expect: [1, 2, 3]
# expect: ['a', 'b', 2, 3]
# expect: ['a', 'b', 2, 3, 0, 1, 2]
# expect: ['a', 'b', 0, 10, 20, 2, 3, 0, 1, 2]
# expect: [2, 1, 0, 3, 2, 20, 10, 0, 'b', 'a']
# expect: [2, 2, 1, 0, 3, 2, 20, 10, 0, 'b', 'a', 3, 2, 20, 10, 0, 'b', 'a'] 18
# expect: [2, 2, 1, 9, 0, 3, 2, 20, 10, 0, 'b', 'a', 3, 2, 20, 10, 0, 'b', 'a']
# expect: TypeError can only assign an iterable
# expect: TypeError 'str' object does not support item assignment
# expect: TypeError 'tuple' object does not support item assignment
# expect: [2, 0, 3, 2, 20, 10, 0, 'b', 'a', 3, 2, 20, 10, 0, 'b', 'a']
# expect: ('get', 1, 2, None) ('get', None, 5, None) ('get', 3, None, None) ('get', None, None, None) ('get', 'a', 'b', None)
# expect: set 1 2 None v
# expect: set None None None [1]
# expect: [1, 2, 3, 7, 4]
# expect: [2, 3] [1, 2, 3, 7, 4] hell
# expect: [([4, 5, 6, 7, 8, 9], [0, 1, 2, 3], ' w', (0, 1, 2, 3, 4, 5)), ([7, 8, 9], [0, 1, 2, 3, 4, 5, 6], 'rl', (3, 4, 5)), ([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [], 'he', (0, 1, 2, 3, 4, 5)), ([3, 4, 5, 6, 7, 8, 9], [0, 1, 2], 'lo', (3, 4, 5)), ([6, 7, 8, 9], [0, 1, 2, 3, 4, 5], ' w', ())]
