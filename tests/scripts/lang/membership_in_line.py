# `x in c` and `x not in c` (IN, NOT_IN, and their forms fused with a conditional jump) on sets,
# frozensets and dicts, whose int and str keys are probed in line, and every other key or
# container through contains(): floats equal to ints, bools, tuples, a class with its own
# __hash__ and __eq__, unhashable keys (TypeError), an __eq__ that changes the set it is
# compared in, dict views, and the same under each GIL. (dict.fromkeys() of a set with a tuple
# in it leaked the tuple: LeakSanitizer finds it.)
# args: --gil newgil
# args: --gil nogil


def show(label, c, keys):
    out = []
    for k in keys:
        r = k in c
        n = k not in c
        if k in c:
            j = "y"
        else:
            j = "n"
        if k not in c:
            j += "N"
        else:
            j += "Y"
        out.append(str(r) + str(n) + j)
    print(label, " ".join(out))


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n or other == self.n


words = ["w%d" % i for i in range(20)]
s = set(words[:10])
s.update([0, 1, 2, -5, 2**62, 3.5, (1, 2), Key(7), frozenset(["w1"])])
f = frozenset(s)
d = dict.fromkeys(s, 0)
probes = ["w" + str(i) for i in range(0, 20, 3)] + [0, 1.0, True, False, 2, -5, -5.0, 2**62,
                                                     2**62 + 1, 3.5, (1, 2), (2, 1), Key(7),
                                                     7, Key(8), "", "w"]
for label, c in (("set", s), ("frozenset", f), ("dict", d), ("keys", d.keys())):
    show(label, c, probes)
show("empty", set(), probes[:3])
show("emptydict", {}, probes[:3])

for c in (s, f, d, d.keys()):
    for bad in ([1], {2: 3}, {4}, {"w1"}):
        try:
            print(bad in c)
        except TypeError as e:
            print(type(c).__name__, "TypeError:", e)
        try:
            if bad not in c:
                print("no")
        except TypeError as e:
            print(type(c).__name__, "TypeError:", e)


# An __eq__ that empties the set under look-up: CPython starts the probe again.
class Clears:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        t = self.target
        self.target = None
        if t is not None:
            t.clear()
        return False


victim = {Clears(None)}
probe = Clears(victim)
print(probe in victim, len(victim))
probe.target = None  # no cycle
victim = {Clears(None), 1}
probe = Clears(victim)
if probe not in victim:
    print("absent", len(victim))
probe.target = None

dvictim = {Clears(None): 1}
probe = Clears(dvictim)
print(probe in dvictim, len(dvictim))
probe.target = None


# Strs equal in text, different objects, and of every length the in-line comparison handles.
texts = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi", "x" * 17]
st = set(texts)
dt = dict.fromkeys(texts)
built = ["".join(list(t)) for t in texts] + [t + "!" for t in texts] + [t[:-1] + "?" for t in texts if t]
print(sum(1 for t in built if t in st), sum(1 for t in built if t not in dt))
print([t for t in built if t in st] == texts)

# Other containers still go through contains().
print(3 in [1, 2, 3], 3 not in (1, 2), "b" in "abc", 5 in range(10), b"a" in b"abc")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)

# A set as the key of a set's look-up or removal stands for the frozenset of its items.
fs = {frozenset([1, 2]), 3}
print({1, 2} in fs, {1} in fs, {2, 1} not in fs)
fs.discard({2, 1})
print(fs)
fs.remove({3, 4}) if {3, 4} in fs else print("no {3, 4}")
try:
    fs.remove({5})
except KeyError as e:
    print("KeyError:", e)


# The fused jumps inside `and`, `or`, `not`, `while`, comprehensions' conditions, conditional
# expressions and assert, next to the unfused IN and NOT_IN.
def f(a, b, s, d):
    out = []
    if a in s and b not in d:
        out.append(1)
    if a not in s or b in d:
        out.append(2)
    if not (a in s):
        out.append(3)
    x = a in s
    y = b not in d
    out.append(x)
    out.append(y)
    n = 0
    while a not in s and n < 3:
        n += 1
    out.append(n)
    out.append([k for k in (a, b, 5) if k in s])
    out.append([k for k in (a, b, 5) if k not in d])
    out.append(a in s if b in d else b in s)
    assert a in s or a not in s
    return out

cs = {1, "x", 2.5}
cd = {"x": 1, 3: 2}
for a in (1, "x", 2.5, 3, "y", 1.0, True):
    for b in (3, "x", "z", 3.0):
        print(a, b, f(a, b, cs, cd))

# Expected (CPython 3.11):
# expect: set TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY FalseTruenN FalseTruenN FalseTruenN TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY FalseTruenN TrueFalseyY TrueFalseyY FalseTruenN TrueFalseyY TrueFalseyY FalseTruenN FalseTruenN FalseTruenN
# expect: frozenset TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY FalseTruenN FalseTruenN FalseTruenN TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY FalseTruenN TrueFalseyY TrueFalseyY FalseTruenN TrueFalseyY TrueFalseyY FalseTruenN FalseTruenN FalseTruenN
# expect: dict TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY FalseTruenN FalseTruenN FalseTruenN TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY FalseTruenN TrueFalseyY TrueFalseyY FalseTruenN TrueFalseyY TrueFalseyY FalseTruenN FalseTruenN FalseTruenN
# expect: keys TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY FalseTruenN FalseTruenN FalseTruenN TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY TrueFalseyY FalseTruenN TrueFalseyY TrueFalseyY FalseTruenN TrueFalseyY TrueFalseyY FalseTruenN FalseTruenN FalseTruenN
# expect: empty FalseTruenN FalseTruenN FalseTruenN
# expect: emptydict FalseTruenN FalseTruenN FalseTruenN
# expect: set TypeError: unhashable type: 'list'
# expect: set TypeError: unhashable type: 'list'
# expect: set TypeError: unhashable type: 'dict'
# expect: set TypeError: unhashable type: 'dict'
# expect: False
# expect: no
# expect: True
# expect: frozenset TypeError: unhashable type: 'list'
# expect: frozenset TypeError: unhashable type: 'list'
# expect: frozenset TypeError: unhashable type: 'dict'
# expect: frozenset TypeError: unhashable type: 'dict'
# expect: False
# expect: no
# expect: True
# expect: dict TypeError: unhashable type: 'list'
# expect: dict TypeError: unhashable type: 'list'
# expect: dict TypeError: unhashable type: 'dict'
# expect: dict TypeError: unhashable type: 'dict'
# expect: dict TypeError: unhashable type: 'set'
# expect: dict TypeError: unhashable type: 'set'
# expect: dict TypeError: unhashable type: 'set'
# expect: dict TypeError: unhashable type: 'set'
# expect: dict_keys TypeError: unhashable type: 'list'
# expect: dict_keys TypeError: unhashable type: 'list'
# expect: dict_keys TypeError: unhashable type: 'dict'
# expect: dict_keys TypeError: unhashable type: 'dict'
# expect: dict_keys TypeError: unhashable type: 'set'
# expect: dict_keys TypeError: unhashable type: 'set'
# expect: dict_keys TypeError: unhashable type: 'set'
# expect: dict_keys TypeError: unhashable type: 'set'
# expect: False 1
# expect: absent 0
# expect: False 1
# expect: 10 19
# expect: True
# expect: True True True True True
# expect: TypeError: 'in <string>' requires string as left operand, not int
# expect: TypeError: argument of type 'int' is not iterable
# expect: True False False
# expect: {3}
# expect: no {3, 4}
# expect: KeyError: {5}
# expect: 1 3 [2, True, False, 0, [1], [1, 5], True]
# expect: 1 x [2, True, False, 0, [1, 'x'], [1, 5], True]
# expect: 1 z [1, True, True, 0, [1], [1, 'z', 5], False]
# expect: 1 3.0 [2, True, False, 0, [1], [1, 5], True]
# expect: x 3 [2, True, False, 0, ['x'], [5], True]
# expect: x x [2, True, False, 0, ['x', 'x'], [5], True]
# expect: x z [1, True, True, 0, ['x'], ['z', 5], False]
# expect: x 3.0 [2, True, False, 0, ['x'], [5], True]
# expect: 2.5 3 [2, True, False, 0, [2.5], [2.5, 5], True]
# expect: 2.5 x [2, True, False, 0, [2.5, 'x'], [2.5, 5], True]
# expect: 2.5 z [1, True, True, 0, [2.5], [2.5, 'z', 5], False]
# expect: 2.5 3.0 [2, True, False, 0, [2.5], [2.5, 5], True]
# expect: 3 3 [2, 3, False, False, 3, [], [5], False]
# expect: 3 x [2, 3, False, False, 3, ['x'], [5], False]
# expect: 3 z [2, 3, False, True, 3, [], ['z', 5], False]
# expect: 3 3.0 [2, 3, False, False, 3, [], [5], False]
# expect: y 3 [2, 3, False, False, 3, [], ['y', 5], False]
# expect: y x [2, 3, False, False, 3, ['x'], ['y', 5], False]
# expect: y z [2, 3, False, True, 3, [], ['y', 'z', 5], False]
# expect: y 3.0 [2, 3, False, False, 3, [], ['y', 5], False]
# expect: 1.0 3 [2, True, False, 0, [1.0], [1.0, 5], True]
# expect: 1.0 x [2, True, False, 0, [1.0, 'x'], [1.0, 5], True]
# expect: 1.0 z [1, True, True, 0, [1.0], [1.0, 'z', 5], False]
# expect: 1.0 3.0 [2, True, False, 0, [1.0], [1.0, 5], True]
# expect: True 3 [2, True, False, 0, [True], [True, 5], True]
# expect: True x [2, True, False, 0, [True, 'x'], [True, 5], True]
# expect: True z [1, True, True, 0, [True], [True, 'z', 5], False]
# expect: True 3.0 [2, True, False, 0, [True], [True, 5], True]
