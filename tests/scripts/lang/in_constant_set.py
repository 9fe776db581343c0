# `x in {constants}` and `x not in {...}`: the set display is a frozenset constant (as CPython's
# AST optimizer folds it), with the same answers as a set built each time: hash and == of every
# kind of key, an unhashable operand's TypeError, a class's own __hash__/__eq__, chained
# comparisons, and the displays that are not folded (a name among the items, a starred item).
def kinds(x):
    return x in {1, "a", (2, "b"), None, 2.5, b"z", True, -3, ()}


for x in [1, 1.0, True, "a", "b", (2, "b"), (2, "c"), None, 2.5, b"z", "z", 0, False, -3, (),
          3, 2, 10 ** 20]:
    print(repr(x), kinds(x), x not in {1, "a"})

for bad in ([1], {1: 2}, {3}):
    try:
        kinds(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(bad not in {"q", "r"})
    except TypeError as e:
        print("TypeError:", e)


class One:
    def __hash__(self):
        return hash(1)

    def __eq__(self, other):
        return other == 1


class Never:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 12345


print(One() in {1, 2}, One() in {2, 3}, Never() in {1, 2}, Never() in (1, 2))

# chained: `a < b in {...} in {...}`
print(1 < 2 in {2, 3}, 1 < 2 in {3, 4}, 2 in {2} in {True}, 5 in {5} not in {False})

# not folded: an item that is a name, a starred item, an empty display is no set
y = 7
print(7 in {y, 8}, 9 in {*[9, 10]}, 1 in {1, y}, 8 in {-y, 8})
words = "the quick brown fox jumps over the lazy dog".split()
print([w for w in words if w in {"the", "fox", "dog"}])
print(sum(1 for w in words if w not in {"the", "a", "an"}))
print(sorted({1, 3, 2}), {"x", "y"} == {"y", "x"})  # displays not tested by `in` stay sets
s = {1, 2}
s.add(3)
print(3 in s, 3 in {1, 2})

# Constant list displays that a loop iterates or `in` searches are tuples (nothing else sees them).
print(2 in [1, 2, 3], "b" not in ["a", "b"], 5 in [], (1, "x") in [(1, "x"), 2], [1] in [[1]])
out = []
for c in ["x", "y", (1, 2), None, 2.5]:
    out.append(c)
else:
    out.append("done")
print(out, [c * 2 for c in [1, 2, 3]], {k: 0 for k in ["p", "q"]}, list(c for c in [7, 8]))
print([(a, b) for a in [1, 2] for b in ["u", "v"] if b in ["v"]])
for n in [1, 2, 3]:
    if n == 2:
        break
print(n, One() in [1], One() in [2], Never() in [5])

# expect: 1 True False
# expect: 1.0 True False
# expect: True True False
# expect: 'a' True False
# expect: 'b' False True
# expect: (2, 'b') True True
# expect: (2, 'c') False True
# expect: None True True
# expect: 2.5 True True
# expect: b'z' True True
# expect: 'z' False True
# expect: 0 False True
# expect: False False True
# expect: -3 True True
# expect: () True True
# expect: 3 False True
# expect: 2 False True
# expect: 100000000000000000000 False True
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: unhashable type: 'dict'
# expect: True
# expect: True False False True
# expect: True False False True
# expect: True True True True
# expect: ['the', 'fox', 'the', 'dog']
# expect: 7
# expect: [1, 2, 3] True
# expect: True False
# expect: True False False True True
# expect: ['x', 'y', (1, 2), None, 2.5, 'done'] [2, 4, 6] {'p': 0, 'q': 0} [7, 8]
# expect: [(1, 'v'), (2, 'v')]
# expect: 2 True False True
