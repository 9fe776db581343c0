# set.add() of a str or int found at its first slot (the key itself or an equal str that is
# another object) adds nothing; set operations with frozensets and other iterables; dicts
# counted by str keys; defaultdict's missing path.
from collections import defaultdict

text = "the quick brown fox jumps over the lazy dog and the cat " * 10
words = text.split()
s = set(words)
print(len(s), sorted(s), "the" in s, "th" + "e" in s)
s2 = {w for w in words if len(w) > 3}
print(sorted(s2), sorted(s | s2) == sorted(s), sorted(s & s2), sorted(s - {"the", "fox"}))
print(sorted(s ^ frozenset(["dog", "emu"])), sorted(s.union(["zebra"], "ab")), sorted(s2.intersection(("quick", "x"))))
print(sorted(frozenset(words) - s2), type(frozenset(words) | s).__name__, type(s | frozenset()).__name__)
print(s.issuperset(words), s2 <= s, s2.isdisjoint(["the"]), sorted(s.difference("the")))
try:
    s | ["x"]
except TypeError as e:
    print("TypeError:", e)
ints = set()
for i in list(range(-70, 70)) * 2 + [2**60, 2**60, -1, -2]:
    ints.add(i)
print(len(ints), min(ints), max(ints), -1 in ints, 2**60 in ints, 1.0 in ints, True in ints)
mixed = {1, 1.0, True, "1", b"1", (1,), None}
print(len(mixed), sorted(map(repr, mixed)))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set(words).add([])
except TypeError as e:
    print("TypeError:", e)

counts = {}
for w in words:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(sorted(counts.items()), counts["the"], counts.get("emu"), counts.setdefault("emu", 0))
inv = {v: k for k, v in counts.items()}
print(sorted(inv.items()))
try:
    for k in counts:
        counts[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

groups = defaultdict(list)
index = {}
for i in range(300):
    key = (i * 7919) % 97
    groups[key].append(i)
    index.setdefault(key % 13, []).append(key)
print(len(groups), max(groups, key=lambda k: (len(groups[k]), k)), sorted(len(v) for v in index.values())[:3])
print(sum(sum(v) for k, v in groups.items() if k & 1))
calls = []
def factory():
    calls.append(1)
    if len(calls) == 2:
        raise ValueError("factory failed")
    return len(calls)
dd = defaultdict(factory)
print(dd["a"], dd["a"], len(calls))
try:
    dd["b"]
except ValueError as e:
    print("ValueError:", e, "b" in dd, len(dd))
print(dd["c"], sorted(dd.items()), dd.get("zz"), "zz" in dd)
nof = defaultdict()
try:
    nof["k"]
except KeyError as e:
    print("KeyError:", e)

# expect: 10 ['and', 'brown', 'cat', 'dog', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the'] True True
# expect: ['brown', 'jumps', 'lazy', 'over', 'quick'] True ['brown', 'jumps', 'lazy', 'over', 'quick'] ['and', 'brown', 'cat', 'dog', 'jumps', 'lazy', 'over', 'quick']
# expect: ['and', 'brown', 'cat', 'emu', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the'] ['a', 'and', 'b', 'brown', 'cat', 'dog', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the', 'zebra'] ['quick']
# expect: ['and', 'cat', 'dog', 'fox', 'the'] frozenset set
# expect: True True True ['and', 'brown', 'cat', 'dog', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the']
# expect: TypeError: unsupported operand type(s) for |: 'set' and 'list'
# expect: 141 -70 1152921504606846976 True True True True
# expect: 5 ["'1'", '(1,)', '1', 'None', "b'1'"]
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: [('and', 10), ('brown', 10), ('cat', 10), ('dog', 10), ('fox', 10), ('jumps', 10), ('lazy', 10), ('over', 10), ('quick', 10), ('the', 30)] 30 None 0
# expect: [(0, 'emu'), (10, 'cat'), (30, 'the')]
# expect: RuntimeError: dictionary changed size during iteration
# expect: 97 89 [21, 21, 21]
# expect: 22167
# expect: 1 1 1
# expect: ValueError: factory failed False 1
# expect: 3 [('a', 1), ('c', 3)] None False
# expect: KeyError: 'k'
