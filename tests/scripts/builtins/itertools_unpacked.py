# FOR_ITER + UNPACK over the combinatoric iterators and groupby: the parts pushed with no tuple
# made; a wrong count still a ValueError; a result kept by the loop body is not changed later.
import itertools

t = []
for a, b in itertools.combinations(range(5), 2):
    t.append(a * 10 + b)
print(t)
for a, b, c in itertools.permutations("abc"):
    t.append(a + b + c)
print(t[-6:])
print([x - y for x, y in itertools.product(range(3), repeat=2)])
print([(x, y) for x, y in itertools.combinations_with_replacement("ab", 2)])
print([(x, y) for x, y in itertools.product("ab", [1, 2])])
for a, b in itertools.combinations([], 2):
    print("never")
for a, b in itertools.combinations(range(1), 2):
    print("never")
print([p for p in itertools.permutations(range(3), 0)])
print([p for p in itertools.product()])
print([p for p in itertools.product([1], [])])
try:
    for a, b in itertools.combinations(range(4), 3):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for a, b, c in itertools.product(range(2), repeat=2):
        pass
except ValueError as e:
    print("ValueError", e)
# unpacked and whole results mixed on one iterator: each whole one is right
it = itertools.combinations(range(5), 3)
kept = []
for k in range(10):
    if k % 3 == 0:
        kept.append(next(it))
    else:
        a, b, c = next(it)
        kept.append((a, b, c))
print(kept)
it = itertools.permutations("abcd", 2)
first = next(it)
for x, y in it:
    if x == "c":
        break
print(first, next(it), list(it)[:3])
it = itertools.product(range(2), range(3))
whole = [next(it), next(it)]
for x, y in it:
    whole.append((y, x))
print(whole)
# a result held by the body stays as it was when handed out
held = [p for p in itertools.permutations(range(3))]
print(held)
p = itertools.permutations(range(3))
r1 = next(p)
r2 = next(p)
print(r1, r2, r1 is r2)
# groupby's pairs
for k, g in itertools.groupby(sorted("mississippi")):
    print(k, list(g))
for k, g in itertools.groupby([1, 1, 2, 3, 3, 3], key=lambda v: v % 2):
    print(k, len(list(g)))
groups = [(k, g) for k, g in itertools.groupby("aabbbc")]
print([(k, list(g)) for k, g in groups])
try:
    for a, b, c in itertools.groupby("aab"):
        pass
except ValueError as e:
    print("ValueError", e)
# min and max of sets and frozensets
s = {5, 3, 9, -4, 100}
print(min(s), max(s), min(frozenset(s)), max(frozenset(s)))
print(min({1, True, 2.5}), max({1, 2.5, 0}), min({2 ** 70, 3}), max({2 ** 70, 3}))
print(min({"b", "a"}), max({"b", "a"}), min({-2 ** 63, 0}), max({2 ** 63 - 1, 0}))
print(min(set(), default="empty"), max(frozenset(), default=None))
try:
    min(set())
except ValueError as e:
    print("ValueError", e)
try:
    max({1, "a"})
except TypeError as e:
    print("TypeError", "not supported between instances of" in str(e))
print(min({3, 1, 2}, key=lambda v: -v), max({True, False}), min({1.5, 1}))
# pairwise and zip_longest unpacked
print([b - a for a, b in itertools.pairwise([1, 4, 9, 16])])
for a, b in itertools.pairwise([1]):
    print("never")
for a, b in itertools.pairwise([]):
    print("never")
pw = itertools.pairwise("abcde")
print(next(pw), [(a, b) for a, b in pw], list(pw))
try:
    for a, b, c in itertools.pairwise("abc"):
        pass
except ValueError as e:
    print("ValueError", e)
print([(x, y) for x, y in itertools.zip_longest("abc", [1])])
print([(x, y, z) for x, y, z in itertools.zip_longest("ab", [1], (), fillvalue="-")])
zl = itertools.zip_longest(range(3), "wxyz")
print(next(zl), [(b, a) for a, b in zl], list(zl))
try:
    for a, b in itertools.zip_longest("ab", "cd", "ef"):
        pass
except ValueError as e:
    print("ValueError", e)
def failing():
    yield 1
    raise KeyError("boom")
try:
    for a, b in itertools.zip_longest(range(5), failing()):
        print(a, b)
except KeyError as e:
    print("KeyError", e)
print([(a, b) for a, b in itertools.zip_longest(*[range(5)] * 2)][:2])
# text collected
print(sorted("mississippi"), list("h\u00e9llo"), tuple(""), sorted("b\u00e9a"))
# one iterator shared by threads: each result goes to one of them, whole
import threading
shared = itertools.combinations(range(120), 2)
shared_groups = itertools.groupby(sorted(list(range(300)) * 2))
shared_pairs = itertools.pairwise(range(3000))
seen = [[], []]
group_sizes = [[], []]
pair_sums = [[], []]
def work(k):
    for a, b in shared:
        seen[k].append((a, b))
    for a, b in shared_pairs:
        pair_sums[k].append(b - a)
    for key, g in shared_groups:
        group_sizes[k].append((key, len(list(g))))
threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
pairs = seen[0] + seen[1]
print(len(pairs), len(set(pairs)), all(a < b for a, b in pairs))
sizes = group_sizes[0] + group_sizes[1]
print(len(sizes), len({k for k, n in sizes}))
print(sum(len(p) for p in pair_sums) <= 2999, all(d >= 1 for p in pair_sums for d in p))

# expect: [1, 2, 3, 4, 12, 13, 14, 23, 24, 34]
# expect: ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
# expect: [0, -1, -2, 1, 0, -1, 2, 1, 0]
# expect: [('a', 'a'), ('a', 'b'), ('b', 'b')]
# expect: [('a', 1), ('a', 2), ('b', 1), ('b', 2)]
# expect: [()]
# expect: [()]
# expect: []
# expect: ValueError too many values to unpack (expected 2)
# expect: ValueError not enough values to unpack (expected 3, got 2)
# expect: [(0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 2, 3), (0, 2, 4), (0, 3, 4), (1, 2, 3), (1, 2, 4), (1, 3, 4), (2, 3, 4)]
# expect: ('a', 'b') ('c', 'b') [('c', 'd'), ('d', 'a'), ('d', 'b')]
# expect: [(0, 0), (0, 1), (2, 0), (0, 1), (1, 1), (2, 1)]
# expect: [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
# expect: (0, 1, 2) (0, 2, 1) False
# expect: i ['i', 'i', 'i', 'i']
# expect: m ['m']
# expect: p ['p', 'p']
# expect: s ['s', 's', 's', 's']
# expect: 1 2
# expect: 0 1
# expect: 1 3
# expect: [('a', []), ('b', []), ('c', [])]
# expect: ValueError not enough values to unpack (expected 3, got 2)
# expect: -4 100 -4 100
# expect: 1 2.5 3 1180591620717411303424
# expect: a b -9223372036854775808 9223372036854775807
# expect: empty None
# expect: ValueError min() arg is an empty sequence
# expect: TypeError True
# expect: 3 True 1
# expect: [3, 5, 7]
# expect: ('a', 'b') [('b', 'c'), ('c', 'd'), ('d', 'e')] []
# expect: ValueError not enough values to unpack (expected 3, got 2)
# expect: [('a', 1), ('b', None), ('c', None)]
# expect: [('a', 1, '-'), ('b', '-', '-')]
# expect: (0, 'w') [('x', 1), ('y', 2), ('z', None)] []
# expect: ValueError too many values to unpack (expected 2)
# expect: 0 1
# expect: KeyError 'boom'
# expect: [(0, 0), (1, 1)]
# expect: ['i', 'i', 'i', 'i', 'm', 'p', 'p', 's', 's', 's', 's'] ['h', 'é', 'l', 'l', 'o'] () ['a', 'b', 'é']
# expect: 7140 7140 True
# expect: 300 300
# expect: True True
