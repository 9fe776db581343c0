# itertools: every function, its order and its argument errors, against python3.11's output.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement, pairwise)

c = count()
print(next(c), next(c), next(c))
print(list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 3)))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(repeat("x", 3)), list(islice(repeat(7), 4)), list(repeat(1, -2)), list(repeat(object=2, times=2)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate(["a", "b", "c"])))
print(list(chain("ab", [1, 2], (3,))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [k for k, g in groups])
print(list(groupby([])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice("AB", None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5, 2)), next(it))
for args in [(), ([],), ([], -1), ([], 1.5), ([], -1, 2), ([], 0, 2, 0), ([], 0, 2, -1),
             ([], 1, 2, 3, 4), (5, 2), ([], "a"), ([], None, None, None)]:
    try:
        print(list(islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
print([list(t) for t in tee("abc", 3)], tee([], 0))
x, y = tee(count())
print(next(x), next(x), next(y), next(x), next(y))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [])), list(zip_longest()))
print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product([1, 2], [])), list(product("ab", repeat=0)))
print(list(permutations("ABC", 2)), list(permutations(range(3))))
print(list(permutations([], 0)), list(permutations([1], 2)), len(list(permutations(range(6)))))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 3)))
print(list(combinations([], 0)), list(combinations("ABC", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement([], 0)))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(sum(1 for p in permutations(range(7))), list(permutations(range(4)))[-1])
for f, args in [(combinations, ([1], -1)), (permutations, ([1], -1)), (repeat, ()),
                (tee, ([], -1)), (count, ("a",)), (combinations_with_replacement, ([1], -1)),
                (chain, (1,)), (zip_longest, (1,)), (cycle, (1,)), (pairwise, (1,)),
                (starmap, (len, 1)), (product, ([1, 2],))]:
    try:
        print(list(f(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    product([1], repeat=-1)
except ValueError as e:
    print(e)
print(list(permutations("abcd", 3))[-5:], list(permutations(range(5)))[57:61])
print(list(combinations(range(7), 4))[10:15], list(combinations_with_replacement("abcd", 3))[5:12])
print([len(list(permutations(range(6), r))) for r in range(8)], [len(list(combinations(range(6), r))) for r in range(8)])
print(itertools.islice is islice, next(iter(permutations("ab"))))

# python3.11's output:
# expect: 0 1 2
# expect: [10, 15, 20, 25] [1.5, 2.0, 2.5] [5, 3, 1]
# expect: ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'] []
# expect: ['x', 'x', 'x'] [7, 7, 7, 7] [] [2, 2]
# expect: [1, 3, 6, 10, 15] [3, 3, 4, 4, 5]
# expect: [100, 101, 103, 106] [5] []
# expect: [1, 2, 6, 24] ['a', 'ab', 'abc']
# expect: ['a', 'b', 1, 2, 3] [] ['x', 'y', 'z']
# expect: ['A', 'C', 'E', 'F'] ['A']
# expect: [6, 4, 1] [1, 4]
# expect: [0, 2, 4, 6, 8] [0, '', None]
# expect: [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
# expect: ['A', 'B', 'C', 'D']
# expect: [(1, [1, 3]), (0, [2, 4]), (1, [5, 7]), (0, [6])]
# expect: a [] b ['b', 'b'] ['c']
# expect: []
# expect: ['A', 'B'] ['C', 'D'] ['C', 'D', 'E', 'F', 'G']
# expect: ['A', 'C', 'E', 'G'] [1, 4, 7] ['A', 'B']
# expect: [0, 1, 2] 3
# expect: [2, 4] 5
# expect: TypeError islice expected at least 2 arguments, got 0
# expect: TypeError islice expected at least 2 arguments, got 1
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: TypeError islice expected at most 4 arguments, got 5
# expect: TypeError 'int' object is not iterable
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: []
# expect: [32, 9, 1000]
# expect: 1 [1, 2, 3] [2, 3]
# expect: [['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c']] ()
# expect: 0 1 0 2 1
# expect: [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')] [(1, 2, None), (None, 3, None)] []
# expect: [('A', 'x'), ('A', 'y'), ('B', 'x'), ('B', 'y')] [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
# expect: [()] [] [()]
# expect: [('A', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('C', 'A'), ('C', 'B')] [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
# expect: [()] [] 720
# expect: [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] []
# expect: [()] [()]
# expect: [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')] []
# expect: [()]
# expect: [('A', 'B'), ('B', 'C'), ('C', 'D'), ('D', 'E')] [] []
# expect: 5040 (3, 2, 1, 0)
# expect: ValueError r must be non-negative
# expect: ValueError r must be non-negative
# expect: TypeError repeat() missing required argument 'object' (pos 1)
# expect: ValueError n must be >= 0
# expect: TypeError a number is required
# expect: ValueError r must be non-negative
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: [(1,), (2,)]
# expect: repeat argument cannot be negative
# expect: [('d', 'a', 'c'), ('d', 'b', 'a'), ('d', 'b', 'c'), ('d', 'c', 'a'), ('d', 'c', 'b')] [(2, 1, 3, 4, 0), (2, 1, 4, 0, 3), (2, 1, 4, 3, 0), (2, 3, 0, 1, 4)]
# expect: [(0, 2, 3, 4), (0, 2, 3, 5), (0, 2, 3, 6), (0, 2, 4, 5), (0, 2, 4, 6)] [('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'c', 'c'), ('a', 'c', 'd'), ('a', 'd', 'd'), ('b', 'b', 'b'), ('b', 'b', 'c')]
# expect: [1, 6, 30, 120, 360, 720, 720, 0] [1, 6, 15, 20, 15, 6, 1, 0]
# expect: True ('a', 'b')
