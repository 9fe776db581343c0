# While list.sort runs, the list appears empty (to key functions and comparisons alike);
# anything it gets meanwhile is dropped, and ValueError("list modified during sort") is raised
# after the sort, unless the sort raised first. sorted() sorts a new list: the original stays
# visible and unchanged.
lst = []
seen = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        seen.append(len(lst))
        return self.v < other.v
    def __repr__(self): return "C%d" % self.v

lst = [C(3), C(1), C(2)]
lst.sort()
print(lst, seen)
seen = []
r = sorted(lst, reverse=True)
print(r, lst, seen)

def key_len(x):
    seen.append(len(lst))
    return -x
lst = [3, 1, 2]
seen = []
lst.sort(key=key_len)
print(lst, seen)

# Appending from a comparison: the sort goes on over the old items, then ValueError.
class Grow:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        lst.append(Grow(99))
        return self.v < other.v
    def __repr__(self): return "G%d" % self.v
lst = [Grow(v) for v in (5, 2, 4, 1, 3)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e, lst)
lst = [Grow(v) for v in (5, 2, 4, 1, 3)]
try:
    lst.sort(reverse=True)
except ValueError as e:
    print("ValueError", e, lst)

# Growth undone, or a clear() of the empty list.
class Touch:
    def __init__(self, v, how): self.v, self.how = v, how
    def __lt__(self, other):
        if self.how == "pop":
            lst.append(1)
            lst.pop()
        elif self.how == "clear":
            lst.clear()
        elif self.how == "extend":
            lst.extend([7, 8])
        elif self.how == "setitem":
            try:
                lst[0] = 1
            except IndexError as e:
                print("IndexError", e)
        return self.v < other.v
    def __repr__(self): return "T%d" % self.v
for how in ("pop", "clear", "extend", "setitem"):
    lst = [Touch(v, how) for v in (2, 1)]
    try:
        lst.sort()
        print(how, "no error", lst)
    except ValueError as e:
        print(how, "ValueError", e, lst)

# The key function changes the list: ValueError after the sort; if it also raises, its own
# exception, and the list as it was.
lst = [3, 1, 2]
def key_grow(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key_grow)
except ValueError as e:
    print("ValueError", e, lst)
lst = [3, 1, 2]
def key_grow_raise(x):
    lst.append(x)
    if x == 2:
        raise KeyError(x)
    return x
try:
    lst.sort(key=key_grow_raise)
except KeyError as e:
    print("KeyError", e, lst)

# A comparison that changes the list and raises: its exception, not ValueError.
class GrowRaise:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        lst.append(0)
        if self.v == 1:
            raise RuntimeError("boom")
        return self.v < other.v
    def __repr__(self): return "R%d" % self.v
lst = [GrowRaise(v) for v in (4, 3, 2, 1, 5)]
try:
    lst.sort()
except RuntimeError as e:
    print("RuntimeError", e, lst)

# The list's methods inside a comparison see it empty.
class Look:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print("inside", len(lst), lst, lst.count(self), self in lst, bool(lst))
        return self.v < other.v
    def __repr__(self): return "L%d" % self.v
lst = [Look(2), Look(1)]
lst.sort()
print(lst)

# NaN keys: the order depends on the algorithm, as CPython's.
nan = float("nan")
for n in (10, 100, 300):
    seed = n
    data = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        data.append(nan if seed % 7 == 0 else float(seed % 50))
    s = sorted(data)
    print(n, [i for i, x in enumerate(s) if x != x][:12], sum(1 for i in range(n - 1) if s[i] > s[i + 1]))
    s = sorted(data, reverse=True)
    print(n, [i for i, x in enumerate(s) if x != x][:12])
    s = sorted(range(n), key=lambda i: data[i])
    print(n, s[:15])

# expect: [C1, C2, C3] [0, 0, 0, 0]
# expect: [C3, C2, C1] [C1, C2, C3] [3, 3]
# expect: [3, 2, 1] [0, 0, 0]
# expect: ValueError list modified during sort [G1, G2, G3, G4, G5]
# expect: ValueError list modified during sort [G5, G4, G3, G2, G1]
# expect: pop ValueError list modified during sort [T1, T2]
# expect: clear no error [T1, T2]
# expect: extend ValueError list modified during sort [T1, T2]
# expect: IndexError list assignment index out of range
# expect: setitem no error [T1, T2]
# expect: ValueError list modified during sort [1, 2, 3]
# expect: KeyError 2 [3, 1, 2]
# expect: RuntimeError boom [R4, R3, R2, R1, R5]
# expect: inside 0 [] 0 False False
# expect: [L1, L2]
# expect: 10 [1, 5, 6, 7] 0
# expect: 10 [0, 5, 6, 7]
# expect: 10 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: 100 [0, 36, 41, 42, 44, 45, 46, 48, 50, 51, 87, 92] 0
# expect: 100 [0, 2, 10, 11, 14, 21, 22, 48, 50, 51, 52, 62]
# expect: 100 [0, 33, 6, 42, 41, 37, 30, 11, 10, 22, 38, 1, 5, 35, 7]
# expect: 300 [1, 39, 42, 58, 59, 64, 77, 78, 95, 96, 97, 100] 0
# expect: 300 [0, 1, 2, 11, 12, 37, 38, 39, 42, 43, 44, 51]
# expect: 300 [0, 1, 26, 21, 31, 16, 17, 104, 93, 101, 109, 96, 91, 12, 20]
