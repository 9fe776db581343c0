# max() and min() of a generator without a key: ints, floats and strs compared at its yield, the
# rest (script __lt__/__gt__, mixed kinds, big ints, bools, tuples) in the generator's order, as
# CPython; errors, NaN, default=, map/filter, threads.
def g(*xs):
    for x in xs:
        print("yield", x)
        yield x
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v if isinstance(o, K) else o); return self.v < (o.v if isinstance(o, K) else o)
    def __gt__(self, o): print("gt", self.v, o.v if isinstance(o, K) else o); return self.v > (o.v if isinstance(o, K) else o)
    def __repr__(self): return "K(%r)" % self.v
print(max(x for x in [3, 1, 4, 1, 5, 9, 2, 6]))
print(min(x for x in [3, 1, 4, 1, 5, 9, 2, 6]))
print(max(x for x in [3.5, 1.0, float("nan"), 4.25]))
print(min(x for x in [float("nan"), 3.5, 1.0]))
print(max(s for s in ["pear", "apple", "zoo", "zo", "é", "z"]))
print(min(s for s in ["pear", "apple", "zoo", "zo", "é", "z"]))
print(max(g(1, 2.5, 2)), min(g(3, 1.5, 2, True, False)))
print(max(g(1, K(5), 3)))
print(min(g(K(2), 1, K(0))))
try:
    max(g(1, "a", 2))
except TypeError as e:
    print("TypeError", e)
try:
    min(x for x in ())
except ValueError as e:
    print("ValueError", e)
print(max((x for x in ()), default="d"))
def bad():
    yield 1
    raise KeyError("k")
try:
    max(bad())
except KeyError as e:
    print("KeyError", e)
def stop():
    yield 1
    raise StopIteration
try:
    max(stop())
except RuntimeError as e:
    print("RuntimeError", e)
print(max(x * x for x in range(-5, 3)), min(-x for x in range(10**6)))
big = 10**30
print(max(x for x in [1, big, 2]), min(x for x in [big, -big, 3]))
print(max(x for x in [True, False]), max(x for x in [(1, 2), (1, 3)]))
print(max(map(abs, [-3, 2])), min(filter(None, [0, 4, 2])))
import threading
def work(out, i):
    out[i] = max(x % 1000 for x in range(100000))
out = [0] * 4
ts = [threading.Thread(target=work, args=(out, i)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(out)

# expect: 9
# expect: 1
# expect: 4.25
# expect: nan
# expect: é
# expect: apple
# expect: yield 1
# expect: yield 2.5
# expect: yield 2
# expect: yield 3
# expect: yield 1.5
# expect: yield 2
# expect: yield True
# expect: yield False
# expect: 2.5 False
# expect: yield 1
# expect: yield K(5)
# expect: gt 5 1
# expect: yield 3
# expect: lt 5 3
# expect: K(5)
# expect: yield K(2)
# expect: yield 1
# expect: gt 2 1
# expect: yield K(0)
# expect: lt 0 1
# expect: K(0)
# expect: yield 1
# expect: yield a
# expect: TypeError '>' not supported between instances of 'str' and 'int'
# expect: ValueError min() arg is an empty sequence
# expect: d
# expect: KeyError 'k'
# expect: RuntimeError generator raised StopIteration
# expect: 25 -999999
# expect: 1000000000000000000000000000000 -1000000000000000000000000000000
# expect: True (1, 3)
# expect: 3 2
# expect: [999, 999, 999, 999]
