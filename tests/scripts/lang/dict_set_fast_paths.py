# Dict and set look-ups that compare keys inline (same object, two ints, two strs) or through
# the general comparison: equal keys of different types or objects, strs built at runtime,
# tuple keys; dict and set iteration that reads the container in place (changing its size
# while iterating is a RuntimeError); sorting by uniform int, float and str keys.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[2.0] = "two"
print(d[2], 2 in d, 2.5 in d, d.get(True), d.get(0))
s = {1, 1.0, True, 2, 2.0}
print(s, len(s), 1.0 in s, True in s, 0 in s, False in s)
s.discard(1.0)
print(s)

# Equal strs that are different objects: joined, sliced, formatted, split at runtime.
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
key = "".join(["t", "h", "e"])
print(counts[key], key in counts, counts.get("th" + "e"), counts["and the"[:3]])
for w in words:
    if w in counts:
        counts[w] += 1
print(sorted(counts.items()))
seen = set()
for w in words:
    seen.add(w + "")
print(sorted(seen), "%s" % "cat" in seen, "ca" + "t" in seen, "dog" in seen)
u = {"héllo": 1, "✓": 2}
print(u["hé" + "llo"], u["".join(["✓"])], "hél" in u)

# Tuple keys, nested, with equal ints and floats inside.
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid[2, 1.0], (1, True) in grid, (3, 0) in grid, len(grid))
nested = {((1, 2), "a"): 1}
print(nested[((1.0, 2), "a")], ((1, 2), "b") in nested)
try:
    grid[[1, 2]] = 3
except TypeError as e:
    print("TypeError", e)
try:
    print({1: 2}[[1]])
except TypeError as e:
    print("TypeError", e)
try:
    print([1] in {1, 2})
except TypeError as e:
    print("TypeError", e)

# Keys with a script __eq__ and __hash__.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
dk = {K(1): "one"}
print(dk[K(1)], K(2) in dk, K(1) in {K(1)})

# Iteration reads the container in place: a change of size is a RuntimeError (and stays one),
# changing values is not; an exhausted iterator stays exhausted.
d = {1: 2, 3: 4}
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
d = {1: 2, 3: 4}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
d = {1: 2, 3: 4}
for k in d:
    d[k] = k * 100
print(d)
it = iter(d)
print(next(it))
d[5] = 6
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
it = iter({7: 8})
print(list(it), list(it))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
for x in s:
    s.add(x)  # already there: no change of size
print(sorted(s), list(iter(set())), [k for k in {}])
print(list({3: 1, 1: 2, 2: 3}), tuple({"b": 1, "a": 2}), sorted({5, 3, 9}), list({10, 20}))
print(sum({1: 0, 2: 0}), max({"x": 1, "y": 2}), min({4, 2, 8}), "-".join({"p": 1, "q": 2}))

# Sorting: uniform ints, floats, strs (by code point), with keys, reversed (stable), already
# ordered or strictly reversed input, -0.0 and 0.0 kept in order, mixed types an error.
print(sorted([3, 1, 2]), sorted([1, 2, 3]), sorted([3, 2, 1]), sorted([2, 2, 1, 1]))
print(sorted([0.0, -0.0, 0.0, -1.5]), sorted([-0.0, 0.0], reverse=True), sorted([1.5, 1e300, -2.0]))
print(sorted(["b", "a", "é", "Z", "✓", "ab", ""]), sorted("hello"))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: -p[1]), sorted(pairs, key=lambda p: str(p[1])))
print(sorted(pairs, key=lambda p: p[1] * 1.0, reverse=True), sorted(pairs))
print(sorted([5, 3, 5, 1], reverse=True), sorted([True, 2, 0, 1.5]), sorted([2**70, 5, -2**65]))
xs = [9, 8, 7, 6]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.sort(key=lambda v: v % 3)
print(xs)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
print(list((1, 2)), tuple([3, 4]), tuple((5,)), list([]), tuple(range(3)))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])

# The expected output, in order (CPython 3.11).
# expect: {1: 'bool'} 1
# expect: two True False bool None
# expect: {1, 2} 2 True True False False
# expect: {2}
# expect: 3 True 3 2
# expect: [('and', 4), ('bat', 2), ('cat', 2), ('hat', 2), ('the', 6)]
# expect: ['and', 'bat', 'cat', 'hat', 'the'] True True False
# expect: 1 2 False
# expect: 4 2 True False 9
# expect: 1 False
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: one False True
# expect: RuntimeError dictionary changed size during iteration
# expect: 3
# expect: RuntimeError dictionary changed size during iteration
# expect: {3: 4}
# expect: {1: 100, 3: 300}
# expect: 1
# expect: RuntimeError dictionary changed size during iteration
# expect: RuntimeError dictionary changed size during iteration
# expect: [7] []
# expect: RuntimeError Set changed size during iteration
# expect: RuntimeError Set changed size during iteration
# expect: [1, 2, 3] [] []
# expect: [3, 1, 2] ('b', 'a') [3, 5, 9] [10, 20]
# expect: 3 y 2 p-q
# expect: [1, 2, 3] [1, 2, 3] [1, 2, 3] [1, 1, 2, 2]
# expect: [-1.5, 0.0, -0.0, 0.0] [-0.0, 0.0] [-2.0, 1.5, 1e+300]
# expect: ['', 'Z', 'a', 'ab', 'b', 'é', '✓'] ['e', 'h', 'l', 'l', 'o']
# expect: [('c', 1), ('e', 1), ('b', 2), ('a', 2), ('d', 3)] [('d', 3), ('b', 2), ('a', 2), ('c', 1), ('e', 1)]
# expect: [('d', 3), ('b', 2), ('a', 2), ('c', 1), ('e', 1)] [('c', 1), ('e', 1), ('b', 2), ('a', 2), ('d', 3)]
# expect: [('d', 3), ('b', 2), ('a', 2), ('c', 1), ('e', 1)] [('a', 2), ('b', 2), ('c', 1), ('d', 3), ('e', 1)]
# expect: [5, 5, 3, 1] [0, True, 1.5, 2] [-36893488147419103232, 5, 1180591620717411303424]
# expect: [6, 7, 8, 9]
# expect: [9, 8, 7, 6]
# expect: [9, 6, 7, 8]
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: [1, 2] (3, 4) (5,) [] (0, 1, 2)
# expect: True True
