# itertools as a native module: results, reprs, laziness over infinite sources, argument
# errors, groupby's shared input, tee's buffer, and the result tuples that product,
# permutations and combinations reuse (a kept result must not change). From python3.11.
# args: --gil newgil
# args: --gil nogil
import itertools as I
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement, pairwise)

# Reprs and type names.
print(repr(count()), repr(count(5, 3)), repr(count(2.5)), repr(count(1, 1.0)), repr(count(2**70)))
c = count(3, 2)
next(c)
print(repr(c), repr(repeat(1, 3)), repr(repeat("a")), repr(repeat(1, -3)))
r = repeat(None, 2)
next(r)
print(repr(r))
for it in [count(), cycle([]), repeat(1), accumulate([]), chain(), compress([], []),
           dropwhile(None, []), takewhile(None, []), filterfalse(None, []), starmap(None, []),
           pairwise([]), islice([], 1), zip_longest(), groupby([]), product(), permutations([]),
           combinations([], 1), combinations_with_replacement([], 1), tee([])[0]]:
    print(type(it).__name__, iter(it) is it, repr(it).startswith("<itertools." + type(it).__name__ + " object at 0x") or repr(it)[:5])

# Laziness: infinite sources, consumed only as far as asked.
print(list(islice(count(5, 3), 4)), list(islice(cycle(count()), 3)), list(islice(repeat(7), 3)))
print(list(islice(accumulate(count(1)), 5)), list(islice(chain.from_iterable(repeat([1, 2])), 5)))
print(list(islice(zip_longest(count(), "ab"), 4)), list(islice(pairwise(count()), 3)))
print(list(islice(compress(count(), cycle([1, 0])), 4)), list(islice(filterfalse(lambda x: x % 3, count()), 4)))
print(list(takewhile(lambda x: x < 4, count())), list(islice(dropwhile(lambda x: x < 4, count()), 2)))
print(list(islice(starmap(pow, zip(count(), repeat(2))), 5)), next(groupby(count()))[0])
print([k for k, g in islice(groupby(count(), lambda x: x // 3), 4)])
a, b = tee(count())
print(next(a), next(a), next(b), list(islice(b, 3)), next(a))
print(list(islice(product(range(2), repeat=3), 3)))
seen = []
def source():
    for i in range(10):
        seen.append(i)
        yield i
print(list(islice(source(), 2, 6, 2)), seen)  # reads no item past the last it gives

# Results (CPython's order).
print(list(product("ab", range(2))), list(product()), list(product([], [1])), list(product([1, 2], repeat=0)))
print(list(permutations(range(3))), list(permutations("abc", 2)), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(len(list(permutations(range(6)))), len(list(combinations(range(12), 3))), sum(a * b for a, b in product(range(30), repeat=2)))
kept = list(permutations([1, 2, 3]))
print(kept[0], kept[-1], len(set(kept)), list(combinations([1, 2, 3], 2)), list(product([1, 2], "x")))
p = permutations("abc")
first = next(p)
second = next(p)
print(first, second)
print(list(accumulate([1, 2, 3], initial=None)), list(accumulate([1, 2, 3], func=None, initial=10)), list(accumulate("abc")))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest([], [])))
print(list(islice(range(10), 1, None, 3)), list(islice(range(10), None)), list(islice(range(5), 2, 100)), list(islice(range(5), 3, 1)))
print(list(starmap(lambda *a: a, [[1, 2], "xy", (3,)])), list(pairwise("abcd")), list(pairwise("a")))
print(list(chain([1], (), "ab", {3: 4})), list(chain.from_iterable(["ab", [1]])))
print(list(islice(cycle("ab"), 5)))

# groupby: the groups share its input; moving it on empties the group it gave before.
g = groupby("aaabbbcc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), [(k, list(v)) for k, v in g])
groups = list(groupby("aabbba"))
print([(k, list(v)) for k, v in groups])
print([(k, len(list(v))) for k, v in groupby(sorted("mississippi" * 2))])
print([(k, list(v)) for k, v in groupby([1, 1.0, True, 2, 2.0], key=None)])
print([(k, list(v)) for k, v in groupby(range(10), key=lambda x: x < 5)])

# tee: copies share one buffer; tee of a tee copies it.
a, b, c = tee("abcdef", 3)
print(next(a), next(a), next(b), list(a), list(b), list(c))
x, = tee(iter(range(3)), 1)
y, z = tee(x)
print(y is x, next(y), list(z), list(y), tee([1], 0))
long_a, long_b = tee(range(500))
print(sum(long_a), sum(long_b))
def reenter():
    for i in range(3):
        yield next(t1) if i == 1 else i
t1, t2 = tee(reenter())
try:
    print(list(t1))
except RuntimeError as e:
    print("RuntimeError", e)

# Sources outlive their names (the iterators hold references).
def made():
    data = [10, 20, 30]
    return chain(data, data), product(data, repeat=2), permutations(data), islice(data, 1, None)
ch, pr, pe, sl = made()
print(list(ch), next(pr), next(pe), list(sl))

# Errors, as CPython's (no eval in the VM: each case a lambda).
cases = [
    ("count('a')", lambda: count('a')),
    ("count(1, 'a')", lambda: count(1, 'a')),
    ("count(1, 2, 3)", lambda: count(1, 2, 3)),
    ("count(x=1)", lambda: count(x=1)),
    ("cycle()", lambda: cycle()),
    ("cycle(1)", lambda: cycle(1)),
    ("cycle([], [])", lambda: cycle([], [])),
    ("repeat()", lambda: repeat()),
    ("repeat(1, 2, 3)", lambda: repeat(1, 2, 3)),
    ("repeat(1, 'a')", lambda: repeat(1, 'a')),
    ("repeat(1, times=2, x=3)", lambda: repeat(1, times=2, x=3)),
    ("accumulate()", lambda: accumulate()),
    ("accumulate(1)", lambda: accumulate(1)),
    ("accumulate([], None, 3)", lambda: accumulate([], None, 3)),
    ("accumulate([], x=1)", lambda: accumulate([], x=1)),
    ("chain.from_iterable()", lambda: chain.from_iterable()),
    ("chain(x=1)", lambda: chain(x=1)),
    ("compress([])", lambda: compress([])),
    ("compress(1, [])", lambda: compress(1, [])),
    ("dropwhile(None)", lambda: dropwhile(None)),
    ("dropwhile(None, 1)", lambda: dropwhile(None, 1)),
    ("filterfalse(None)", lambda: filterfalse(None)),
    ("groupby()", lambda: groupby()),
    ("groupby(1)", lambda: groupby(1)),
    ("groupby([], None, 3)", lambda: groupby([], None, 3)),
    ("islice([])", lambda: islice([])),
    ("islice([], 1, 2, 3, 4)", lambda: islice([], 1, 2, 3, 4)),
    ("islice([], -1)", lambda: islice([], -1)),
    ("islice([], 'a')", lambda: islice([], 'a')),
    ("islice([], -1, 3)", lambda: islice([], -1, 3)),
    ("islice([], 1, 3, 0)", lambda: islice([], 1, 3, 0)),
    ("islice([], 1, 3, -1)", lambda: islice([], 1, 3, -1)),
    ("islice([], 1, 3, 'a')", lambda: islice([], 1, 3, 'a')),
    ("islice(1, 3)", lambda: islice(1, 3)),
    ("islice([], x=3)", lambda: islice([], x=3)),
    ("islice([], 2**70)", lambda: islice([], 2**70)),
    ("pairwise()", lambda: pairwise()),
    ("pairwise(1)", lambda: pairwise(1)),
    ("starmap(None)", lambda: starmap(None)),
    ("takewhile(None)", lambda: takewhile(None)),
    ("tee()", lambda: tee()),
    ("tee([], -1)", lambda: tee([], -1)),
    ("tee(1)", lambda: tee(1)),
    ("tee([], 'a')", lambda: tee([], 'a')),
    ("zip_longest(1)", lambda: zip_longest(1)),
    ("zip_longest([], x=1)", lambda: zip_longest([], x=1)),
    ("product(1)", lambda: product(1)),
    ("product([], repeat=-1)", lambda: product([], repeat=-1)),
    ("product([], x=1)", lambda: product([], x=1)),
    ("product([], repeat='a')", lambda: product([], repeat='a')),
    ("permutations()", lambda: permutations()),
    ("permutations([], -1)", lambda: permutations([], -1)),
    ("permutations([], 'a')", lambda: permutations([], 'a')),
    ("permutations(1)", lambda: permutations(1)),
    ("combinations([])", lambda: combinations([])),
    ("combinations([], -1)", lambda: combinations([], -1)),
    ("combinations_with_replacement([])", lambda: combinations_with_replacement([])),
    ("combinations_with_replacement([], -2)", lambda: combinations_with_replacement([], -2)),
    ("combinations([], r='a')", lambda: combinations([], r='a')),
    ("repeat(1, 2**70)", lambda: repeat(1, 2**70)),
    ("list(chain(1))", lambda: list(chain(1))),
    ("list(starmap(pow, [1]))", lambda: list(starmap(pow, [1]))),
    ("list(chain([1], 2))", lambda: list(chain([1], 2))),
]
for text, case in cases:
    try:
        case()
        print(text, "no error")
    except Exception as e:
        print(text, type(e).__name__, e)

# isinstance() by the type's name, as CPython's types.
print(isinstance(count(), count), isinstance(chain(), chain), isinstance(count(), chain), isinstance(tee([])[0], type(tee([])[0])))
# expect: count(0) count(5, 3) count(2.5) count(1, 1.0) count(1180591620717411303424)
# expect: count(5, 2) repeat(1, 3) repeat('a') repeat(1, 0)
# expect: repeat(None, 1)
# expect: count True count
# expect: cycle True True
# expect: repeat True repea
# expect: accumulate True True
# expect: chain True True
# expect: compress True True
# expect: dropwhile True True
# expect: takewhile True True
# expect: filterfalse True True
# expect: starmap True True
# expect: pairwise True True
# expect: islice True True
# expect: zip_longest True True
# expect: groupby True True
# expect: product True True
# expect: permutations True True
# expect: combinations True True
# expect: combinations_with_replacement True True
# expect: _tee True True
# expect: [5, 8, 11, 14] [0, 1, 2] [7, 7, 7]
# expect: [1, 3, 6, 10, 15] [1, 2, 1, 2, 1]
# expect: [(0, 'a'), (1, 'b'), (2, None), (3, None)] [(0, 1), (1, 2), (2, 3)]
# expect: [0, 2, 4, 6] [0, 3, 6, 9]
# expect: [0, 1, 2, 3] [4, 5]
# expect: [0, 1, 4, 9, 16] 0
# expect: [0, 1, 2, 3]
# expect: 0 1 0 [1, 2, 3] 2
# expect: [(0, 0, 0), (0, 0, 1), (0, 1, 0)]
# expect: [2, 4] [0, 1, 2, 3, 4, 5]
# expect: [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [()] [] [()]
# expect: [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] [()] []
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [()] []
# expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [()] []
# expect: 720 220 189225
# expect: (1, 2, 3) (3, 2, 1) 6 [(1, 2), (1, 3), (2, 3)] [(1, 'x'), (2, 'x')]
# expect: ('a', 'b', 'c') ('a', 'c', 'b')
# expect: [1, 3, 6] [10, 11, 13, 16] ['a', 'ab', 'abc']
# expect: [('a', 1), ('b', '-'), ('c', '-')] [] []
# expect: [1, 4, 7] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [2, 3, 4] []
# expect: [(1, 2), ('x', 'y'), (3,)] [('a', 'b'), ('b', 'c'), ('c', 'd')] []
# expect: [1, 'a', 'b', 3] ['a', 'b', 1]
# expect: ['a', 'b', 'a', 'b', 'a']
# expect: a a
# expect: b [] ['b', 'b', 'b'] [('c', ['c', 'c'])]
# expect: [('a', []), ('b', []), ('a', [])]
# expect: [('i', 8), ('m', 2), ('p', 4), ('s', 8)]
# expect: [(1, [1, 1.0, True]), (2, [2, 2.0])]
# expect: [(True, [0, 1, 2, 3, 4]), (False, [5, 6, 7, 8, 9])]
# expect: a b a ['c', 'd', 'e', 'f'] ['b', 'c', 'd', 'e', 'f'] ['a', 'b', 'c', 'd', 'e', 'f']
# expect: True 0 [0, 1, 2] [1, 2] ()
# expect: 124750 124750
# expect: RuntimeError cannot re-enter the tee iterator
# expect: [10, 20, 30, 10, 20, 30] (10, 10) (10, 20, 30) [20, 30]
# expect: count('a') TypeError a number is required
# expect: count(1, 'a') TypeError a number is required
# expect: count(1, 2, 3) TypeError count() takes at most 2 arguments (3 given)
# expect: count(x=1) TypeError 'x' is an invalid keyword argument for count()
# expect: cycle() TypeError cycle expected 1 argument, got 0
# expect: cycle(1) TypeError 'int' object is not iterable
# expect: cycle([], []) TypeError cycle expected 1 argument, got 2
# expect: repeat() TypeError repeat() missing required argument 'object' (pos 1)
# expect: repeat(1, 2, 3) TypeError repeat() takes at most 2 arguments (3 given)
# expect: repeat(1, 'a') TypeError 'str' object cannot be interpreted as an integer
# expect: repeat(1, times=2, x=3) TypeError repeat() takes at most 2 arguments (3 given)
# expect: accumulate() TypeError accumulate() missing required argument 'iterable' (pos 1)
# expect: accumulate(1) TypeError 'int' object is not iterable
# expect: accumulate([], None, 3) TypeError accumulate() takes at most 2 positional arguments (3 given)
# expect: accumulate([], x=1) TypeError 'x' is an invalid keyword argument for accumulate()
# expect: chain.from_iterable() TypeError chain.from_iterable() takes exactly one argument (0 given)
# expect: chain(x=1) TypeError chain() takes no keyword arguments
# expect: compress([]) TypeError compress() missing required argument 'selectors' (pos 2)
# expect: compress(1, []) TypeError 'int' object is not iterable
# expect: dropwhile(None) TypeError dropwhile expected 2 arguments, got 1
# expect: dropwhile(None, 1) TypeError 'int' object is not iterable
# expect: filterfalse(None) TypeError filterfalse expected 2 arguments, got 1
# expect: groupby() TypeError groupby() missing required argument 'iterable' (pos 1)
# expect: groupby(1) TypeError 'int' object is not iterable
# expect: groupby([], None, 3) TypeError groupby() takes at most 2 arguments (3 given)
# expect: islice([]) TypeError islice expected at least 2 arguments, got 1
# expect: islice([], 1, 2, 3, 4) TypeError islice expected at most 4 arguments, got 5
# expect: islice([], -1) ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: islice([], 'a') ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: islice([], -1, 3) ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: islice([], 1, 3, 0) ValueError Step for islice() must be a positive integer or None.
# expect: islice([], 1, 3, -1) ValueError Step for islice() must be a positive integer or None.
# expect: islice([], 1, 3, 'a') ValueError Step for islice() must be a positive integer or None.
# expect: islice(1, 3) TypeError 'int' object is not iterable
# expect: islice([], x=3) TypeError islice() takes no keyword arguments
# expect: islice([], 2**70) ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: pairwise() TypeError pairwise expected 1 argument, got 0
# expect: pairwise(1) TypeError 'int' object is not iterable
# expect: starmap(None) TypeError starmap expected 2 arguments, got 1
# expect: takewhile(None) TypeError takewhile expected 2 arguments, got 1
# expect: tee() TypeError tee expected at least 1 argument, got 0
# expect: tee([], -1) ValueError n must be >= 0
# expect: tee(1) TypeError 'int' object is not iterable
# expect: tee([], 'a') TypeError 'str' object cannot be interpreted as an integer
# expect: zip_longest(1) TypeError 'int' object is not iterable
# expect: zip_longest([], x=1) TypeError zip_longest() got an unexpected keyword argument
# expect: product(1) TypeError 'int' object is not iterable
# expect: product([], repeat=-1) ValueError repeat argument cannot be negative
# expect: product([], x=1) TypeError 'x' is an invalid keyword argument for product()
# expect: product([], repeat='a') TypeError 'str' object cannot be interpreted as an integer
# expect: permutations() TypeError permutations() missing required argument 'iterable' (pos 1)
# expect: permutations([], -1) ValueError r must be non-negative
# expect: permutations([], 'a') TypeError Expected int as r
# expect: permutations(1) TypeError 'int' object is not iterable
# expect: combinations([]) TypeError combinations() missing required argument 'r' (pos 2)
# expect: combinations([], -1) ValueError r must be non-negative
# expect: combinations_with_replacement([]) TypeError combinations_with_replacement() missing required argument 'r' (pos 2)
# expect: combinations_with_replacement([], -2) ValueError r must be non-negative
# expect: combinations([], r='a') TypeError 'str' object cannot be interpreted as an integer
# expect: repeat(1, 2**70) OverflowError Python int too large to convert to C ssize_t
# expect: list(chain(1)) TypeError 'int' object is not iterable
# expect: list(starmap(pow, [1])) TypeError 'int' object is not iterable
# expect: list(chain([1], 2)) TypeError 'int' object is not iterable
# expect: True True False True
