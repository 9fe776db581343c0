# max() and min() of one iterable take its items one at a time, each one's key before the next
# item is asked for (CPython's min_max()): effects interleave, no list of the items is kept,
# and a list the key function changes is read at its current length.
# args: --gil newgil
# args: --gil nogil
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i


def key(x):
    print("key", x)
    return -x


print(max(gen(3), key=key))
print(min(gen(2)))
print(max(gen(0), default="empty"), min([], default=None))

items = [3, 1, 4]


def growing_key(x):
    if len(items) < 6:
        items.append(x + 10)
    return x


print(max(items, key=growing_key), items)
shrinking = [5, 9, 2, 8]


def shrinking_key(x):
    if shrinking:
        shrinking.pop()
    return x


print(min(shrinking, key=shrinking_key), shrinking)
print(max((1, 5, 5, 2), key=lambda v: v % 5), min((3, 8, 13), key=lambda v: v % 5))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs), min(pairs))
print(max("hello"), min({3: "x", 1: "y"}), max({2.5, -1, 7}), min(range(5, 0, -1)))
print(max([2**70, 3, -2**80]), min([2**70, 3, -2**80]), max([1, 1.0, True]), min([0.0, 0, False]))
print(max(3, 9, 4, key=lambda v: -v), min("b", "a", "c"), max([5], key=None))
print(max(iter([4, 7, 1])), min(x * x for x in range(-3, 3)))
for call in (lambda: max([]), lambda: min(gen(0)), lambda: max(5), lambda: max([1, "a"]),
             lambda: min([3, 2], key=lambda v: 1 // (v - 2)), lambda: max(1, 2, default=0),
             lambda: max(), lambda: min([1], bogus=2)):
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError) as error:
        print(type(error).__name__, error)

# expect: yield 0
# expect: key 0
# expect: yield 1
# expect: key 1
# expect: yield 2
# expect: key 2
# expect: 0
# expect: yield 0
# expect: yield 1
# expect: 0
# expect: empty None
# expect: 14 [3, 1, 4, 13, 11, 14]
# expect: 5 [5, 9]
# expect: 2 3
# expect: ('b', 2) ('c', 1) ('c', 1) ('a', 2)
# expect: o 1 7 1
# expect: 1180591620717411303424 -1208925819614629174706176 1 0.0
# expect: 3 a 5
# expect: 7 0
# expect: ValueError max() arg is an empty sequence
# expect: ValueError min() arg is an empty sequence
# expect: TypeError 'int' object is not iterable
# expect: TypeError '>' not supported between instances of 'str' and 'int'
# expect: ZeroDivisionError integer division or modulo by zero
# expect: TypeError Cannot specify a default for max() with multiple positional arguments
# expect: TypeError max expected at least 1 argument, got 0
# expect: TypeError 'bogus' is an invalid keyword argument for min()
