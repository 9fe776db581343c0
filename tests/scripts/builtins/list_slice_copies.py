# List slices copied straight (steps 1 and -1) and by stride: every kind of bound, empty and
# full results, errors, subclasses, slice assignment, and a second thread resizing the list.
import threading

a = list(range(10))
for b in [(None, None, None), (None, None, -1), (2, 7, None), (7, 2, -1), (-3, None, None),
          (None, -3, -1), (100, None, -1), (-100, 100, None), (5, 5, None), (5, 5, -1),
          (0, 10, 3), (9, None, -4), (10, 0, None), (-1, -11, -1), (3, None, 2 ** 70),
          (None, None, -2 ** 70), (2 ** 70, -2 ** 70, -1), (True, False, -1)]:
    print(b, a[slice(*b)])
empty = []
print(empty[:], empty[::-1], empty[5:-5:-1], empty[::3])
k = 3
print(a[k::-1], a[:k + 1], a[-1::-1][:4])
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:2:0] = []
except ValueError as e:
    print("ValueError", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError", e)
copy = a[:]
copy[0] = "changed"
print(a[0], copy[0], copy is a)
nested = [[1], [2], [3]]
rev = nested[::-1]
rev[0].append(4)
print(nested, rev)
class L(list):
    pass
s = L([1, 2, 3, 4])
print(type(s[1:3]).__name__, s[::-1], s[1::2])
p = list(range(8))
for k in [7, 3, 0, 5, 1]:
    p[:k + 1] = p[k::-1]
print(p)
g = [1, 2, 3]
g[:] = g
g[1:1] = g
print(g)
g[1:3] = [9]
g[:0] = (7, 8)
print(g)
try:
    g[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    g[::-1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    g[:] = 5
except TypeError as e:
    print("TypeError", e)
shared = list(range(50))
bad = []
def churn():
    for n in range(2000):
        shared.append(n)
        del shared[-1]
def reader():
    for r in range(300):
        for piece in (shared[:], shared[::-1], shared[10:40], shared[40:10:-1], shared[::7]):
            if any(type(v) is not int for v in piece):
                bad.append(piece)
threads = [threading.Thread(target=churn), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
bad = len(bad)
print("bad", bad, len(shared), shared[::-1][:3])

# expect: (None, None, None) [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: (None, None, -1) [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# expect: (2, 7, None) [2, 3, 4, 5, 6]
# expect: (7, 2, -1) [7, 6, 5, 4, 3]
# expect: (-3, None, None) [7, 8, 9]
# expect: (None, -3, -1) [9, 8]
# expect: (100, None, -1) [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# expect: (-100, 100, None) [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: (5, 5, None) []
# expect: (5, 5, -1) []
# expect: (0, 10, 3) [0, 3, 6, 9]
# expect: (9, None, -4) [9, 5, 1]
# expect: (10, 0, None) []
# expect: (-1, -11, -1) [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# expect: (3, None, 1180591620717411303424) [3]
# expect: (None, None, -1180591620717411303424) [9]
# expect: (1180591620717411303424, -1180591620717411303424, -1) [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# expect: (True, False, -1) [1]
# expect: [] [] [] []
# expect: [3, 2, 1, 0] [0, 1, 2, 3] [9, 8, 7, 6]
# expect: ValueError slice step cannot be zero
# expect: ValueError slice step cannot be zero
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: 0 changed False
# expect: [[1], [2], [3, 4]] [[3, 4], [2], [1]]
# expect: list [4, 3, 2, 1] [2, 4]
# expect: [3, 2, 7, 6, 5, 4, 1, 0]
# expect: [1, 1, 2, 3, 2, 3]
# expect: [7, 8, 1, 9, 3, 2, 3]
# expect: ValueError attempt to assign sequence of size 1 to extended slice of size 4
# expect: TypeError must assign iterable to extended slice
# expect: TypeError can only assign an iterable
# expect: bad 0 50 [49, 48, 47]
