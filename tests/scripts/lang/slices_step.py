# Slices with steps on list, tuple, str (by code point), bytes; slice assignment and deletion on
# lists (extended slices need as many items), CPython's messages, huge bounds clamped.
a = list(range(10))
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[-1:-4:-1], a[2:8:3], a[:100:4], a[100::-5], a[-100::7])
t = tuple(range(6))
print(t[::2], t[::-1], t[4:0:-2], t[::10], t[5:5:-1])
s = "hello, world"
print(s[::2], s[::-1], s[1:10:3], s[-3::-2], s[::100])
u = "héllo ✓ wörld"
print(u[::2], u[::-1], u[1:9:3], len(u[::-1]))
b = b"abcdefgh"
print(b[::2], b[::-1], b[6:1:-2])
print(a[1:9:1], s[2:5:None], a[::-1][::-1] == a)
print(list(range(20))[3:17:4])
x = list(range(10))
x[2:5] = ["a", "b"]
print(x)
x[:0] = [-1]
print(x)
x[::2] = [0] * 5
print(x)
x[len(x):] = (7, 8)
print(x)
x[:] = x
print(x)
y = list(range(10))
del y[::3]
print(y)
del y[1:3]
print(y)
del y[::-2]
print(y)
del y[:]
print(y)
z = list(range(6))
z[5:1:-2] = "XY"
print(z)
for bad in ("z[::2] = [1, 2]", "z[::2] = 5", "z[1:2] = 5", "z[::0]", "a[1:'x']", "z[1:2:0] = []"):
    try:
        exec_result = None
        if bad == "z[::2] = [1, 2]":
            z[::2] = [1, 2]
        elif bad == "z[::2] = 5":
            z[::2] = 5
        elif bad == "z[1:2] = 5":
            z[1:2] = 5
        elif bad == "z[::0]":
            z[::0]
        elif bad == "a[1:'x']":
            a[1:"x"]
        else:
            z[1:2:0] = []
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(a[2**70:], a[-2**70::2**70], a[::-2**70])

# What CPython 3.11 prints:
# expect: [0, 2, 4, 6, 8] [1, 3, 5, 7, 9] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [9, 6, 3, 0] [8, 6, 4] [9, 8, 7] [2, 5] [0, 4, 8] [9, 4] [0, 7]
# expect: (0, 2, 4) (5, 4, 3, 2, 1, 0) (4, 2) (0,) ()
# expect: hlo ol dlrow ,olleh eow rw,le h
# expect: hlo✓wrd dlröw ✓ olléh éo  13
# expect: b'aceg' b'hgfedcba' b'gec'
# expect: [1, 2, 3, 4, 5, 6, 7, 8] llo True
# expect: [3, 7, 11, 15]
# expect: [0, 1, 'a', 'b', 5, 6, 7, 8, 9]
# expect: [-1, 0, 1, 'a', 'b', 5, 6, 7, 8, 9]
# expect: [0, 0, 0, 'a', 0, 5, 0, 7, 0, 9]
# expect: [0, 0, 0, 'a', 0, 5, 0, 7, 0, 9, 7, 8]
# expect: [0, 0, 0, 'a', 0, 5, 0, 7, 0, 9, 7, 8]
# expect: [1, 2, 4, 5, 7, 8]
# expect: [1, 5, 7, 8]
# expect: [1, 7]
# expect: []
# expect: [0, 1, 2, 'Y', 4, 'X']
# expect: ValueError attempt to assign sequence of size 2 to extended slice of size 3
# expect: TypeError must assign iterable to extended slice
# expect: TypeError can only assign an iterable
# expect: ValueError slice step cannot be zero
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: ValueError slice step cannot be zero
# expect: [] [0] [9]

# Slice assignment from a list or tuple (copied without an iterator; the same length replaced in
# place): reversed prefix, longer, empty slice, extended slice, the list into itself.
s = list(range(8))
s[:3] = s[2::-1]
print(s)  # expect: [2, 1, 0, 3, 4, 5, 6, 7]
s[2:4] = (9, 9, 9)
print(s)  # expect: [2, 1, 9, 9, 9, 4, 5, 6, 7]
s[1:1] = [7]
print(s)  # expect: [2, 7, 1, 9, 9, 9, 4, 5, 6, 7]
s[::2] = "abcde"
print(s)  # expect: ['a', 7, 'b', 9, 'c', 9, 'd', 5, 'e', 7]
s[0:2] = s
print(s, len(s))  # expect: ['a', 7, 'b', 9, 'c', 9, 'd', 5, 'e', 7, 'b', 9, 'c', 9, 'd', 5, 'e', 7] 18
try:
    s[::2] = [1]
except ValueError as e:
    print(e)  # expect: attempt to assign sequence of size 1 to extended slice of size 9
