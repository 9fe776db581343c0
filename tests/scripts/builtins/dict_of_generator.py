# dict(gen): pairs with number, str and bytes keys added at the generator's yield, the rest
# (script keys with __eq__/__hash__, lists of two, strs of two characters, repeated keys whose
# value is replaced) as CPython adds them, in order; errors with their element numbers; a
# generator's `finally` when a replaced value is released.
def pairs(items):
    for item in items:
        yield item


print(dict((w, len(w)) for w in ["a", "bb", "a", "ccc"]))
print(dict((i % 3, i) for i in range(10)))
print(dict(pairs([(1, "one"), (1.0, "float one"), (True, "true"), (b"k", 2), (None, 0)])))
print(dict(pairs([[1, 2], "ab", (3, 4), ("x", [5])])))
print(dict((k, v) for k, v in zip("abc", range(3))))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    def __repr__(self):
        return "Key(%r)" % self.v


print(dict(pairs([(Key(1), "a"), (1, "b"), ("s", "c"), (Key("s"), "d")])))
for bad in ([(1, 2), 5], [(1, 2), (3, 4, 5)], [("a", 1), "abc"], [(1, 2), ([], 3)]):
    try:
        dict(pairs(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def fin(label):
    try:
        yield 1
    finally:
        print("finally", label)


def started(label):
    g = fin(label)
    next(g)
    return g


def replacing():
    yield "k", started("first")
    yield "k", started("second")
    print("after replace")
    yield "j", 2


d = dict(replacing())
print(sorted(d))
del d
print("deleted")


def raising():
    yield "a", 1
    raise KeyError("boom")


try:
    dict(raising())
except KeyError as e:
    print("KeyError", e)


def stops():
    yield "a", 1
    raise StopIteration


try:
    dict(stops())
except RuntimeError as e:
    print("RuntimeError", e)
print(dict((x, x * x) for x in range(100000))[99999])
import threading
out = [None] * 3


def work(k):
    out[k] = len(dict((str(i), i) for i in range(20000)))


threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)

# expect: {'a': 1, 'bb': 2, 'ccc': 3}
# expect: {0: 9, 1: 7, 2: 8}
# expect: {1: 'true', b'k': 2, None: 0}
# expect: {1: 2, 'a': 'b', 3: 4, 'x': [5]}
# expect: {'a': 0, 'b': 1, 'c': 2}
# expect: hash 1
# expect: eq 1 1
# expect: hash s
# expect: eq s s
# expect: {Key(1): 'b', 's': 'd'}
# expect: TypeError cannot convert dictionary update sequence element #1 to a sequence
# expect: ValueError dictionary update sequence element #1 has length 3; 2 is required
# expect: ValueError dictionary update sequence element #1 has length 3; 2 is required
# expect: TypeError unhashable type: 'list'
# expect: finally first
# expect: after replace
# expect: ['j', 'k']
# expect: finally second
# expect: deleted
# expect: KeyError 'boom'
# expect: RuntimeError generator raised StopIteration
# expect: 9999800001
# expect: [20000, 20000, 20000]
