# len(x) and the truth of lists and dicts read in line, list + list and tuple + tuple made at
# their size (tuples of up to 8 items recycled), tuple slices and repetitions made in place.
import threading
from collections import namedtuple, OrderedDict, defaultdict


class L(list):
    def __len__(self):
        return 42

    def __bool__(self):
        return False


class D(dict):
    def __len__(self):
        return 7


class T(tuple):
    def __len__(self):
        return 99


class Sized:
    def __len__(self):
        return 3


class TB(tuple):
    def __bool__(self):
        return 1


for v in (L([1]), D(), T(())):
    print(type(v).__name__, bool(v), not v, len(v))
try:
    bool(TB((1,)))
except TypeError as e:
    print("TypeError", e)
print(len([]), len([1, 2, 3]), len(()), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(""), len("abc"), len("héllo"), len("日本語"), len(b""), len(b"xyz"))
print(len(L([1, 2])), len(D(a=1)), len(T((1, 2))), len(Sized()), len(range(10)))
print(len(OrderedDict(a=1, b=2)), len(defaultdict(int, {1: 2})), len({1, 2, 3}), len(bytearray(4)))
s = "ab" + "ç" * 3
print(len(s), len(s + s), len(s[1:]))
d = {i: i for i in range(20)}
for i in range(0, 20, 3):
    del d[i]
print(len(d))
d.clear()
print(len(d), not d, bool(d))

for v in ([], [0], {}, {0: 0}, L(), L([1]), D(), D(a=1), Sized(), (), (0,), "", "x"):
    print(type(v).__name__, "truth", not v, bool(v), "yes" if v else "no")

queue = [1, 2, 3]
while queue:
    queue.pop()
print(queue)
table = {1: 1, 2: 2}
while table:
    table.popitem()
print(table)

try:
    len(5)
except TypeError as e:
    print("TypeError", e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError", e)
print([len(x) for x in ("a", [1, 2], (1, 2, 3), {1: 1})])
my_len = len
print(my_len([1, 2]), list(map(len, ["ab", "c", ""])))

# list + list, tuple + tuple
a = [1, "two", 3.0]
b = a + a
b.append(4)
print(a, b, a + [] == a, a + [] is a, [] + [])
print((1, 2) + (3,), () + (), (1, 2, 3, 4) + (5, 6, 7, 8), (None,) * 0)
for n in range(10):
    t = tuple(range(n))
    u = t + t
    print(n, u, u[::2], u[1:], u[::-1], t * 2, t * 3 == t + t + t, len(u[2:5]))
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p + (3,), type(p + (3,)).__name__, p[1:], type(p[1:]).__name__, p * 2)
st = T((5, 6))
print(st + (7,), type(st + (7,)).__name__, (0,) + st, type((0,) + st).__name__)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
inner = [0]
pair = (inner, inner) + (inner,)
pair[2].append(1)
print(pair, all(x is inner for x in pair))
# Tuples freed and made again reuse their storage: the values must be the new ones.
keep = []
for i in range(300):
    t = (i, i + 1, i + 2, i + 3, i + 4) + (i,)
    if i % 50 == 0:
        keep.append(t)
    u = t[1:7]
    if u != (i + 1, i + 2, i + 3, i + 4, i):
        print("wrong", u)
print(keep[:2], keep[-1])


# Under nogil, another thread grows and shrinks the list and dict being measured.
def churn(lst, dct, stop):
    while not stop:
        lst.append(1)
        dct[len(lst)] = 1
        if len(lst) > 50:
            lst.clear()
            dct.clear()


lst, dct, stop = [], {}, []
worker = threading.Thread(target=churn, args=(lst, dct, stop))
worker.start()
seen = 0
for _ in range(20000):
    n = len(lst)
    if n < 0 or n > 51 or len(dct) > 51:
        print("bad length", n)
    if lst or dct:
        seen += 1
    joined = lst + lst
    if len(joined) % 2:
        pass
stop.append(1)
worker.join()
print("churn done", seen >= 0)

# expect: L False True 42
# expect: D True False 7
# expect: T True False 99
# expect: TypeError __bool__ should return bool, returned int
# expect: 0 3 0 1 0 2
# expect: 0 3 5 3 0 3
# expect: 42 7 99 3 10
# expect: 2 1 3 4
# expect: 5 10 4
# expect: 13
# expect: 0 True False
# expect: list truth True False no
# expect: list truth False True yes
# expect: dict truth True False no
# expect: dict truth False True yes
# expect: L truth True False no
# expect: L truth True False no
# expect: D truth False True yes
# expect: D truth False True yes
# expect: Sized truth False True yes
# expect: tuple truth True False no
# expect: tuple truth False True yes
# expect: str truth True False no
# expect: str truth False True yes
# expect: []
# expect: {}
# expect: TypeError object of type 'int' has no len()
# expect: TypeError len() takes exactly one argument (0 given)
# expect: TypeError len() takes exactly one argument (2 given)
# expect: [1, 2, 3, 1]
# expect: 2 [2, 1, 0]
# expect: [1, 'two', 3.0] [1, 'two', 3.0, 1, 'two', 3.0, 4] True False []
# expect: (1, 2, 3) () (1, 2, 3, 4, 5, 6, 7, 8) ()
# expect: 0 () () () () () True 0
# expect: 1 (0, 0) (0,) (0,) (0, 0) (0, 0) True 0
# expect: 2 (0, 1, 0, 1) (0, 0) (1, 0, 1) (1, 0, 1, 0) (0, 1, 0, 1) True 2
# expect: 3 (0, 1, 2, 0, 1, 2) (0, 2, 1) (1, 2, 0, 1, 2) (2, 1, 0, 2, 1, 0) (0, 1, 2, 0, 1, 2) True 3
# expect: 4 (0, 1, 2, 3, 0, 1, 2, 3) (0, 2, 0, 2) (1, 2, 3, 0, 1, 2, 3) (3, 2, 1, 0, 3, 2, 1, 0) (0, 1, 2, 3, 0, 1, 2, 3) True 3
# expect: 5 (0, 1, 2, 3, 4, 0, 1, 2, 3, 4) (0, 2, 4, 1, 3) (1, 2, 3, 4, 0, 1, 2, 3, 4) (4, 3, 2, 1, 0, 4, 3, 2, 1, 0) (0, 1, 2, 3, 4, 0, 1, 2, 3, 4) True 3
# expect: 6 (0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5) (0, 2, 4, 0, 2, 4) (1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5) (5, 4, 3, 2, 1, 0, 5, 4, 3, 2, 1, 0) (0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5) True 3
# expect: 7 (0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6) (0, 2, 4, 6, 1, 3, 5) (1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6) (6, 5, 4, 3, 2, 1, 0, 6, 5, 4, 3, 2, 1, 0) (0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6) True 3
# expect: 8 (0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7) (0, 2, 4, 6, 0, 2, 4, 6) (1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7) (7, 6, 5, 4, 3, 2, 1, 0, 7, 6, 5, 4, 3, 2, 1, 0) (0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7) True 3
# expect: 9 (0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8) (0, 2, 4, 6, 8, 1, 3, 5, 7) (1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8) (8, 7, 6, 5, 4, 3, 2, 1, 0, 8, 7, 6, 5, 4, 3, 2, 1, 0) (0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8) True 3
# expect: (1, 2, 3) tuple (2,) tuple (1, 2, 1, 2)
# expect: (5, 6, 7) tuple (0, 5, 6) tuple
# expect: TypeError can only concatenate tuple (not "list") to tuple
# expect: TypeError can only concatenate list (not "tuple") to list
# expect: ([0, 1], [0, 1], [0, 1]) True
# expect: [(0, 1, 2, 3, 4, 0), (50, 51, 52, 53, 54, 50)] (250, 251, 252, 253, 254, 250)
# expect: churn done True
