# list * n and tuple * n made at their size (a recycled list's storage where there is one), the
# counts of the repeated items raised once per copy; list displays in recycled lists.
inner = []
grid = [inner] * 3
grid[0].append(1)
print(grid, all(row is inner for row in grid))

for n in (0, 1, 2, 5, -1, True, False):
    print(n, [0] * n, [1, "a"] * n, (None,) * n, (1, 2.5) * n, n * [7], n * (8, 9))

t = (1, 2, 3)
print(t * 1 is t, t * 1 == t, [1] * 1 == [1])
l = [1, 2]
c = l * 1
c.append(3)
print(l, c, c is l)


class T(tuple):
    pass


class L(list):
    pass


st = T((1, 2))
print(type(st * 1).__name__, st * 1 is st, type(st * 2).__name__, st * 2)
print(type(L([1]) * 2).__name__, L([1]) * 2)

# Objects repeated: each copy is the same object, and they outlive the source.
words = ["x" + str(i) for i in range(3)]
rep = words * 4
del words
print(rep[:4], rep[3] is rep[6], len(rep))
big = [2**70] * 1000
print(len(big), big[999] == 2**70, big[0] is big[500])
tup = (object(), [1]) * 50
print(len(tup), tup[0] is tup[2], tup[1] is tup[99])

# Bigger ones, then freed and made again (the storage reused).
for size in (1, 3, 64, 65, 1000):
    made = [[i] * size for i in range(5)]
    print(size, [len(m) for m in made], [m[-1] for m in made], sum(sum(m) for m in made))

print([[0] * 3 for _ in range(3)])
a = [0] * 4
a[1] = 5
print(a, [*a, *a] * 2)

try:
    [1] * 2.0
except TypeError as e:
    print("TypeError", e)
try:
    (1,) * "3"
except TypeError as e:
    print("TypeError", e)
try:
    [1] * (2**70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    [1, 2] * (2**62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print([] * (2**62), () * (2**62))


class N:
    def __index__(self):
        return 3


print([4] * N(), (5,) * N(), N() * [6])

# Displays: fresh lists each time, never shared.
made = []
for i in range(5):
    d = [i, i + 1]
    made.append(d)
    e = []
    e.append(i)
    made.append(e)
print(made, made[0] is made[2])
class N:
    def __index__(self):
        return 2
class B:
    def __index__(self):
        return 2**70
class S:
    def __index__(self):
        return "x"
print("ab" * N(), b"c" * N(), N() * "d", bytearray(b"e") * N())
for v in (B(), S(), object()):
    for seq in ("a", [1], (1,), b"x"):
        try:
            print(seq * v)
        except Exception as e:
            print(type(e).__name__, e)

# expect: [[1], [1], [1]] True
# expect: 0 [] [] () () [] ()
# expect: 1 [0] [1, 'a'] (None,) (1, 2.5) [7] (8, 9)
# expect: 2 [0, 0] [1, 'a', 1, 'a'] (None, None) (1, 2.5, 1, 2.5) [7, 7] (8, 9, 8, 9)
# expect: 5 [0, 0, 0, 0, 0] [1, 'a', 1, 'a', 1, 'a', 1, 'a', 1, 'a'] (None, None, None, None, None) (1, 2.5, 1, 2.5, 1, 2.5, 1, 2.5, 1, 2.5) [7, 7, 7, 7, 7] (8, 9, 8, 9, 8, 9, 8, 9, 8, 9)
# expect: -1 [] [] () () [] ()
# expect: True [0] [1, 'a'] (None,) (1, 2.5) [7] (8, 9)
# expect: False [] [] () () [] ()
# expect: True True True
# expect: [1, 2] [1, 2, 3] False
# expect: tuple False tuple (1, 2, 1, 2)
# expect: list [1, 1]
# expect: ['x0', 'x1', 'x2', 'x0'] True 12
# expect: 1000 True True
# expect: 100 True True
# expect: 1 [1, 1, 1, 1, 1] [0, 1, 2, 3, 4] 10
# expect: 3 [3, 3, 3, 3, 3] [0, 1, 2, 3, 4] 30
# expect: 64 [64, 64, 64, 64, 64] [0, 1, 2, 3, 4] 640
# expect: 65 [65, 65, 65, 65, 65] [0, 1, 2, 3, 4] 650
# expect: 1000 [1000, 1000, 1000, 1000, 1000] [0, 1, 2, 3, 4] 10000
# expect: [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
# expect: [0, 5, 0, 0] [0, 5, 0, 0, 0, 5, 0, 0, 0, 5, 0, 0, 0, 5, 0, 0]
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: TypeError can't multiply sequence by non-int of type 'str'
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: MemoryError
# expect: [] ()
# expect: [4, 4, 4] (5, 5, 5) [6, 6, 6]
# expect: [[0, 1], [0], [1, 2], [1], [2, 3], [2], [3, 4], [3], [4, 5], [4]] False
# expect: abab b'cc' dd bytearray(b'ee')
# expect: OverflowError cannot fit 'B' into an index-sized integer
# expect: OverflowError cannot fit 'B' into an index-sized integer
# expect: OverflowError cannot fit 'B' into an index-sized integer
# expect: OverflowError cannot fit 'B' into an index-sized integer
# expect: TypeError __index__ returned non-int (type str)
# expect: TypeError __index__ returned non-int (type str)
# expect: TypeError __index__ returned non-int (type str)
# expect: TypeError __index__ returned non-int (type str)
# expect: TypeError can't multiply sequence by non-int of type 'object'
# expect: TypeError can't multiply sequence by non-int of type 'object'
# expect: TypeError can't multiply sequence by non-int of type 'object'
# expect: TypeError can't multiply sequence by non-int of type 'object'
