# set and frozenset: displays, comprehensions, operators, methods, hashing rules, in-place
# operators on aliases, CPython's iteration order for ints, CPython's error messages.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), frozenset(), set([1, 2, 2, 3]), frozenset([3, 4]))
e = {x * x for x in range(-3, 4)}
print(e, sorted(e))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.union([9], (10,)), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference([1, 7]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint([1]))
c = set()
c.add(5); c.add(5); c.add(-1); c.update([7, 8], (9,))
print(c)
c.discard(100); c.discard(5); c.remove(7)
print(c)
try:
    c.remove(42)
except KeyError as err:
    print("KeyError", err)
print(c.pop(), c.pop(), c)
c.clear(); print(c, bool(c), bool({0}))
try:
    set().pop()
except KeyError as err:
    print("KeyError", err)
try:
    {[1, 2]}
except TypeError as err:
    print(err)
try:
    s.add({1})
except TypeError as err:
    print(err)
try:
    {1} | [2]
except TypeError as err:
    print(err)
try:
    {1} < [2]
except TypeError as err:
    print(err)
f = frozenset({1, 2})
print(f | {3}, {3} | f, f.copy() is f, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset({1, 2})])
print(hash(frozenset()), hash(frozenset({1, 2, 3})))
try:
    f.add(3)
except AttributeError as err:
    print(err)
try:
    hash({1})
except TypeError as err:
    print(err)
x = {1, 2}
y = x
x |= {3}
x -= {1}
print(y, y is x)
x &= {2, 5}
x ^= {9}
print(y)
l = [1]
m = l
l += (2, 3)
l += "ab"
print(m)
print(isinstance(s, set), isinstance(f, frozenset), isinstance(f, set), type(s).__name__, type(f).__name__)
print({1, 2} == frozenset({1, 2}), {1.0, 2} == {1, 2}, {True, 1, 1.0})
print(sorted({"b", "a", "c"}), len({(1, 2), (1, 2)}))
print(list({10, 20, 30}), sum({1, 2, 3}), max({4, 8}), {n % 3 for n in range(10)})
big = set(range(100))
big -= set(range(0, 100, 2))
print(len(big), sorted(big)[:5])
print({17, 1, 7, 8, 9, 1000, 33}, {100, 36, 4})
print(set([-1, -2, 7, 8, 9, 1000, 33]), {x for x in (-5, 64, 32, 0)})
print(set("hello") == {"h", "e", "l", "o"}, {1: 2}.keys() if False else "")
t = {i for i in range(20)}
t.discard(3); t.add(3); t.add(50)
print(t)
print({None, 0} == {0, None})

# What CPython 3.11 prints:
# expect: {1, 2, 3} 3 True False True
# expect: set() frozenset() {1, 2, 3} frozenset({3, 4})
# expect: {0, 9, 4, 1} [0, 1, 4, 9]
# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {5} {1, 2, 5}
# expect: False True True False True True False True True
# expect: {1, 2, 3, 4, 9, 10} {4} {2, 3, 4} {2, 3, 4, 7}
# expect: True True True False
# expect: {5, 7, 8, 9, -1}
# expect: {8, 9, -1}
# expect: KeyError 42
# expect: 8 9 {-1}
# expect: set() False True
# expect: KeyError 'pop from an empty set'
# expect: unhashable type: 'list'
# expect: unhashable type: 'set'
# expect: unsupported operand type(s) for |: 'set' and 'list'
# expect: '<' not supported between instances of 'set' and 'list'
# expect: frozenset({1, 2, 3}) {1, 2, 3} True True 1
# expect: 133146708735736 -272375401224217160
# expect: 'frozenset' object has no attribute 'add'
# expect: unhashable type: 'set'
# expect: {2, 3} True
# expect: {9, 2}
# expect: [1, 2, 3, 'a', 'b']
# expect: True True False set frozenset
# expect: True True {True}
# expect: ['a', 'b', 'c'] 1
# expect: [10, 20, 30] 6 8 {0, 1, 2}
# expect: 50 [1, 3, 5, 7, 9]
# expect: {1, 33, 17, 7, 8, 9, 1000} {100, 4, 36}
# expect: {33, 7, 8, 9, 1000, -2, -1} {64, 0, 32, -5}
# expect: True 
# expect: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 50}
# expect: True
