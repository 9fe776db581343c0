# set(generator) and frozenset(generator): numbers, strs and bytes added at the generator's
# yield; any other item, and every item after one, added as next() gives it: the order of
# __hash__/__eq__ calls and of the generator's own prints is CPython's.
print(sorted(set(x % 7 for x in range(100))), len(frozenset(str(i % 5) for i in range(50))))
print(set(x for x in [1, 1.0, True, 2, 2.0]), set(b for b in [b"a", b"a", b"b"]) == {b"a", b"b"})
print(sorted(set(x for x in [None, 0, 0.0, -0.0, float("inf")]), key=repr))


class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        print("hash", self.name)
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return self.name


def items():
    for x in [1, "a", Key("k1", 1), 1, "a", Key("k2", 2), 2, Key("k1", 1)]:
        print("yield", x)
        yield x


s = set(items())
print(sorted(s, key=repr))
try:
    set(x for x in [1, [2], 3])
except TypeError as error:
    print(error)


def failing():
    yield 1
    yield "s"
    raise RuntimeError("inside")


try:
    set(failing())
except RuntimeError as error:
    print("RuntimeError", error)
g = (x for x in range(3))
print(set(g), set(g), set(x for x in []))
t = {1, 2}
t.update(x * 10 for x in range(3))
print(sorted(t), sorted({1} | set(x for x in "ab"), key=str))

# expect: [0, 1, 2, 3, 4, 5, 6] 5
# expect: {1, 2} True
# expect: [0, None, inf]
# expect: yield 1
# expect: yield a
# expect: yield k1
# expect: hash k1
# expect: eq k1 1
# expect: yield 1
# expect: yield a
# expect: yield k2
# expect: hash k2
# expect: yield 2
# expect: eq k2 2
# expect: yield k1
# expect: hash k1
# expect: eq k1 1
# expect: eq k1 k1
# expect: ['a', 1, 2, k1, k2]
# expect: unhashable type: 'list'
# expect: RuntimeError inside
# expect: {0, 1, 2} set() set()
# expect: [0, 1, 2, 10, 20] [1, 'a', 'b']
