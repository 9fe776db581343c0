# bisect_left/right and insort_left/right called with just (a, x), which skip binding the
# arguments: lists of numbers compared in line, strs, tuples, other sequences, and their errors.
import bisect


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


a = [1, 2, 2, 2, 5, 8, 13]
for x in [0, 2, 3, 13, 14, 2.0, 1.5, True]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
f = [0.5, 1.0, 1.0, 2.25]
print(bisect.bisect_left(f, 1.0), bisect.bisect_right(f, 1.0), bisect.bisect_left(f, 1))
print(bisect.bisect_left(f, float("nan")), bisect.bisect_right(f, float("nan")))
s = ["apple", "fig", "kiwi"]
print(bisect.bisect_left(s, "fig"), bisect.bisect_right(s, "fig"), bisect.bisect(s, "b"))
t = [(1, "a"), (1, "c"), (2, "b")]
print(bisect.bisect_left(t, (1, "b")), bisect.bisect_right(t, (1, "c")))
print(bisect.bisect_left((1, 3, 5), 3), bisect.bisect_right((1, 3, 5), 3))
print(bisect.bisect_left(range(0, 20, 2), 7), bisect.bisect_left("acegi", "d"))
ordered = []
for i in range(20):
    bisect.insort(ordered, (i * 7) % 11)
    bisect.insort_left(ordered, (i * 5) % 7 + 0.5)
print(ordered)
r = [1, 1.0, 2]
bisect.insort_right(r, 1.0)
bisect.insort_left(r, True)
print(r, [type(v).__name__ for v in r])
q = Seq([1, 4, 9])
bisect.insort(q, 5)
bisect.insort_left(q, 4)
print(q.items)
big = [-(10**20), 0, 10**20]
print(bisect.bisect_left(big, 10**19), bisect.bisect_right(big, 0))
for call in [
    lambda: bisect.bisect_left(5, 1),
    lambda: bisect.bisect_right({1: 2}, 1),
    lambda: bisect.bisect_left([1, "a", 3], 2),
    lambda: bisect.insort(None, 1),
    lambda: bisect.insort_left((1, 2), 1),
    lambda: bisect.insort([1, 2, 3], "x"),
    lambda: bisect.bisect_left([1]),
    lambda: bisect.bisect_right(),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# expect: 0 0 0 0
# expect: 2 1 4 4
# expect: 3 4 4 4
# expect: 13 6 7 7
# expect: 14 7 7 7
# expect: 2.0 1 4 4
# expect: 1.5 1 1 1
# expect: True 0 1 1
# expect: 1 3 1
# expect: 0 4
# expect: 1 2 1
# expect: 1 2
# expect: 1 2
# expect: 4 2
# expect: [0, 0, 0.5, 0.5, 0.5, 1, 1, 1.5, 1.5, 1.5, 2, 2, 2.5, 2.5, 3, 3, 3.5, 3.5, 3.5, 4, 4.5, 4.5, 4.5, 5, 5, 5.5, 5.5, 5.5, 6, 6, 6.5, 6.5, 6.5, 7, 7, 8, 9, 9, 10, 10]
# expect: [True, 1, 1.0, 1.0, 2] ['bool', 'int', 'float', 'float', 'int']
# expect: insert 2 5
# expect: insert 1 4
# expect: [1, 4, 4, 5, 9]
# expect: 2 2
# expect: TypeError object of type 'int' has no len()
# expect: TypeError dict is not a sequence
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: TypeError object of type 'NoneType' has no len()
# expect: AttributeError 'tuple' object has no attribute 'insert'
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: TypeError bisect_left() missing required argument 'x' (pos 2)
# expect: TypeError bisect_right() missing required argument 'a' (pos 1)
