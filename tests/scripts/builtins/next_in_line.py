# next(it) of a range's, list's, tuple's or dict's iterator, taken in line by CALL: items, the
# default at the end, StopIteration, exhausted iterators staying exhausted, a dict changed while
# iterated, a script __next__ handing on its input's items.
it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("stop", repr(e), e.args)
l = [1]
it = iter(l)
print(next(it))
print(next(it, "end"))
l.append(2)
print(next(it, "still end"))
r = iter(range(3, 10, 3))
print(next(r), next(r), next(r), next(r, "r end"))
t = iter((7, 8))
print(next(t), next(t), next(t, "t end"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di))
d["c"] = 3
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError", e)
vi = iter(d.values())
print(next(vi), next(vi), next(vi), next(vi, "v end"))
ii = iter(d.items())
print(next(ii), next(ii, 0))
s = iter({5})
print(next(s), next(s, "s end"))
print(next(iter("ab")), next(iter(b"ab")))
class Wrap:
    def __init__(self, l):
        self.it = iter(l)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.it)
print(list(Wrap([1, 2, 3])), sum(Wrap(range(5))), [x for x in Wrap((4, 5))])
for x in Wrap({"k": 1}):
    print(x)
class Default:
    def __init__(self, l):
        self.it = iter(l)
    def __iter__(self):
        return self
    def __next__(self):
        v = next(self.it, None)
        if v is None:
            raise StopIteration("done")
        return v
print(list(Default([1, 2])))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    next(it, 1, 2)
except TypeError as e:
    print("TypeError", e)
import threading
shared = iter(range(20000))
got = []
def worker():
    n = 0
    while next(shared, None) is not None:
        n += 1
    got.append(n)
ts = [threading.Thread(target=worker) for _ in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sum(got))
shared = iter(list(range(20000)))
got = []
ts = [threading.Thread(target=worker) for _ in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sum(got))

# expect: 1 2 d None
# expect: stop StopIteration() ()
# expect: 1
# expect: end
# expect: still end
# expect: 3 6 9 r end
# expect: 7 8 t end
# expect: a
# expect: RuntimeError dictionary changed size during iteration
# expect: 1 2 3 v end
# expect: ('a', 1) ('b', 2)
# expect: 5 s end
# expect: a 97
# expect: [1, 2, 3] 10 [4, 5]
# expect: k
# expect: [1, 2]
# expect: TypeError 'list' object is not an iterator
# expect: TypeError next expected at most 2 arguments, got 3
# expect: 20000
# expect: 20000
