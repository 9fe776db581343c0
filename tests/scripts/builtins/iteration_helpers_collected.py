# map, filter, zip and enumerate collected by list(), tuple() and sorted(): a StopIteration from
# map's or filter's function ends the iteration (CPython's consumers take it for the end; gilvm's
# next() raises a StopIteration of its own, so the function raises a bare one here); lists
# that grow or shrink while collected (the room reserved beforehand is a hint only); tuples made
# from spare ones (zip rows, enumerate pairs) keep their items.


def stops_at(limit):
    def f(x):
        if x >= limit:
            raise StopIteration
        return x * 10
    return f


f = stops_at(3)
print(list(map(f, [1, 2, 3, 4])))
print(list(map(next, [iter([])])))
print(list(map(next, [iter([1]), iter([]), iter([2])])))
print(sum(map(f, [1, 2, 3, 4])))
print(list(filter(lambda x: f(x), [1, 2, 0, 3, 2])))
print(list(map(lambda a, b: f(a) + b, [1, 2, 3, 4], [5, 6, 7, 8])))
print(tuple(map(f, (2, 1, 5, 0))), sorted(map(f, [2, 1, 3, 0])))
m = map(f, [1, 2, 3, 4, 5, 6])
print(list(m), list(m), list(m))
m = map(f, [3, 4])
try:
    next(m)
except StopIteration as e:
    print("next: StopIteration", e.args)
print(next(m, "default"))
for v in map(f, [1, 3, 5]):
    print("for", v)
print([v for v in map(f, [2, 1, 4, 1])])
print(any(map(f, [0, 0, 3, 1])), all(map(f, [1, 2, 3, 0])))


def g():
    yield from map(f, [1, 2, 3, 4])
    yield "after"


print(list(g()))
print(dict(zip("abc", map(f, [1, 2, 3]))))
print(max(map(f, [2, 1, 9, 0])), min(map(f, [2, 1, 9, 0])))


# Other exceptions from the function still propagate, with their messages.
def broken(x):
    if x == 2:
        raise ValueError("bad item %d" % x)
    return x


for make in (lambda: list(map(broken, [1, 2, 3])), lambda: list(filter(broken, [1, 2, 3])),
             lambda: list(map(lambda a, b: broken(a), [1, 2], [3, 4]))):
    try:
        make()
    except ValueError as e:
        print("ValueError", e)
try:
    list(map(lambda x: x + "a", [1]))
except TypeError as e:
    print("TypeError", e)

# Lists changed while they are collected: the result follows the list as CPython's does.
grow = [1, 2, 3]


def add_while(x):
    if len(grow) < 8:
        grow.append(x + 10)
    return x


print(list(map(add_while, grow)), grow)
shrink = [1, 2, 3, 4, 5, 6]


def pop_while(x):
    if shrink:
        shrink.pop()
    return x


print(list(map(pop_while, shrink)), shrink)
a, b = [1, 2, 3, 4], ["w", "x", "y", "z"]


def cut(x):
    del b[2:]
    return x


print(list(zip(map(cut, a), b)))
print(list(enumerate(map(lambda x: x * 2, range(5)), 10)))
big = list(range(1000))
print(len(list(map(lambda x: x + 1, big))), sum(map(lambda x: x + 1, big)))
print(len(list(zip(big, big[:300], big))), list(zip(big, "ab", big))[-1])
print(list(enumerate(big[:3], start=-2)), list(enumerate((), 5)), list(zip()))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0, 2.5])))
print(list(filter(None, ())), list(filter(lambda x: x > 2, range(6))))
print(list(zip([1, 2, 3], ("a", "b", "c"), [True, False, None])))
print(list(zip(*[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])))
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed(range(3))))
print(dict(zip(["a", "b", "c"], (3, 1, 2))), dict(enumerate("xy", 1)))
it = iter([1, 2, 3, 4, 5])
next(it)
print(list(map(lambda x: -x, it)), list(it))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))

# Pairs kept after the loop: each row its own tuple, with its own items.
rows = list(zip([1, 2, 3], "abc"))
pairs = list(enumerate("pq"))
print(rows, pairs, rows[0] is rows[1], [len(r) for r in rows])
kept = []
for row in zip([1, 2], [3, 4], [5, 6], [7, 8]):
    kept.append(row)
print(kept)

# Keys: sorted with key and reverse, min and max with key, a key raising.
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(zip([3, 1, 2, 1], words), key=lambda p: -p[0]))
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[1]))
print(min([3, 1, 2], key=lambda x: -x), max([], key=len, default="none"))
try:
    sorted([1, "a", 2], key=lambda x: 10 // x)
except TypeError as e:
    print("TypeError", e)
try:
    max([1, 0, 2], key=lambda x: 10 // x)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 0]), any(()), all([]))

# min and max with a key: the list shrinking under the key, a comparison raising.
l = [3, 1, 4, 1, 5]
def k(x):
    if l:
        l.pop()
    return -x
print(max(l, key=k), l)
class C:
    def __init__(s, v): s.v = v
    def __gt__(s, o):
        if s.v == 7: raise RuntimeError("cmp")
        return s.v > o.v
    def __lt__(s, o): return s.v < o.v
try:
    max([C(1), C(7)], key=lambda c: c)
except RuntimeError as e:
    print("RuntimeError", e)
print(max([C(1), C(3), C(2)], key=lambda c: c).v, min(C(5), C(2), key=lambda c: c).v)
print(max(iter([2, 9, 4]), key=lambda x: x % 5), min((x for x in "hello"), key=ord))
print(max([1, 2, 3], key=None), min([[], [1]], key=len), max("ab", "cd", key=str.upper))
try:
    min([], key=len)
except ValueError as e:
    print(e)
try:
    max(1, key=len)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=lambda x: -x), sorted([(1, "b"), (1, "a")], key=lambda p: p))
try:
    sorted([1, 2], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# expect: [10, 20]
# expect: []
# expect: [1]
# expect: 30
# expect: [1, 2]
# expect: [15, 26]
# expect: (20, 10) [10, 20]
# expect: [10, 20] [] []
# expect: next: StopIteration ()
# expect: default
# expect: for 10
# expect: [20, 10]
# expect: False True
# expect: [10, 20, 'after']
# expect: {'a': 10, 'b': 20}
# expect: 20 10
# expect: ValueError bad item 2
# expect: ValueError bad item 2
# expect: ValueError bad item 2
# expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: [1, 2, 3, 11, 12, 13, 21, 22] [1, 2, 3, 11, 12, 13, 21, 22]
# expect: [1, 2, 3] [1, 2, 3]
# expect: [(1, 'w'), (2, 'x')]
# expect: [(10, 0), (11, 2), (12, 4), (13, 6), (14, 8)]
# expect: 1000 500500
# expect: 300 (1, 'b', 1)
# expect: [(-2, 0), (-1, 1), (0, 2)] [] []
# expect: [1, 'a', [0], 2.5]
# expect: [] [3, 4, 5]
# expect: [(1, 'a', True), (2, 'b', False), (3, 'c', None)]
# expect: [(1, 3, 5, 7, 9), (2, 4, 6, 8, 10)]
# expect: [3, 2, 1] [5, 4] [2, 1, 0]
# expect: {'a': 3, 'b': 1, 'c': 2} {1: 'x', 2: 'y'}
# expect: [-2, -3, -4, -5] []
# expect: [(1, 2), (3, 4)]
# expect: [(1, 'a'), (2, 'b'), (3, 'c')] [(0, 'p'), (1, 'q')] False [2, 2, 2]
# expect: [(1, 3, 5, 7), (2, 4, 6, 8)]
# expect: ['fig', 'pear', 'kiwi', 'apple', 'banana'] ['banana', 'apple', 'pear', 'kiwi', 'fig']
# expect: [(3, 'pear'), (2, 'banana'), (1, 'fig'), (1, 'kiwi')]
# expect: ['pear', 'kiwi', 'fig', 'apple', 'banana']
# expect: banana fig apple
# expect: 3 none
# expect: TypeError unsupported operand type(s) for //: 'int' and 'str'
# expect: ZeroDivisionError integer division or modulo by zero
# expect: True False False True
# expect: 1 [3, 1]
# expect: RuntimeError cmp
# expect: 3 2
# expect: 9 e
# expect: 3 [] cd
# expect: min() arg is an empty sequence
# expect: 'int' object is not iterable
# expect: [3, 2, 1] [(1, 'a'), (1, 'b')]
# expect: ZeroDivisionError division by zero
