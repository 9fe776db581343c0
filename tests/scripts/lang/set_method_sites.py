# set.add, set.discard and set.remove run in line at their call sites (CALL_METHOD's in-line
# methods, picked once by LOAD_METHOD): every case must behave as CPython's.
# args: --gil newgil
# args: --gil nogil
def add(s, x):
    s.add(x)


def discard(s, x):
    return s.discard(x)


def remove(s, x):
    return s.remove(x)


s = set()
for x in [3, 1, 3, "a", (1, 2), 2.0, 2, True, None]:
    add(s, x)
print(sorted(s, key=repr), len(s))
print(discard(s, 3), discard(s, 99), remove(s, "a"), remove(s, (1, 2)), sorted(s, key=repr))
try:
    remove(s, "a")
except KeyError as e:
    print("KeyError:", e)
try:
    remove(s, (5, 6))
except KeyError as e:
    print("KeyError:", repr(e))
for bad in ([1], {1: 2}, {3}):
    for f in (add, discard, remove) if not isinstance(bad, set) else (add,):
        try:
            f(s, bad)
        except TypeError as e:
            print("TypeError:", e)
try:
    s.add()
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    s.add(1, 2)
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    s.remove()
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    s.discard(1, 2)
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)


class Key:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%r)" % self.name


ks = set()
add(ks, Key(7, "x"))
add(ks, Key(7, "x"))
add(ks, Key(7, "y"))
print(len(ks), Key(7, "y") in ks)
remove(ks, Key(7, "x"))
print(ks)
try:
    remove(ks, Key(7, "x"))
except KeyError as e:
    print("KeyError:", e)


class Bad:
    def __hash__(self):
        raise ValueError("no hash")


try:
    add(ks, Bad())
except ValueError as e:
    print("ValueError:", e)


# A site that sees sets, then other types with methods of those names, then sets again.
class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return "added"

    def discard(self, x):
        return "discarded"

    def remove(self, x):
        return "removed"


results = []
for target in [set(), Bag(), {1: 2}, [], set()]:
    try:
        add(target, 1)
        results.append(discard(target, 1))
        results.append(remove(target, 1))
    except AttributeError as e:
        results.append("AttributeError: " + str(e))
    except KeyError as e:
        results.append("KeyError: " + str(e))
print(results)

# Bound methods and the in-line forms agree; a caught KeyError inside a function.
t = {1, 2, 3}
r = t.remove
r(2)
d = t.discard
d(1)
print(t)


def safe_remove(s, x):
    try:
        s.remove(x)
        return "ok"
    except KeyError:
        return "missing"


print(safe_remove(t, 3), safe_remove(t, 3), t)

# Set operations that the nqueens-like loop does, with negative and large ints.
cols, diag = set(), set()
total = 0
for row in range(6):
    for c in range(6):
        if c in cols or (row - c) in diag:
            continue
        cols.add(c)
        diag.add(row - c)
        total += 1
        cols.remove(c)
        diag.discard(row - c)
big = set()
for v in [2**61 - 1, 2**61, -(2**61), 2**64, -1, -2]:
    big.add(v)
big.discard(-1)
print(total, sorted(big), len(big))

# expect: ['a', (1, 2), 1, 2.0, 3, None] 6
# expect: None None None None [1, 2.0, None]
# expect: KeyError: 'a'
# expect: KeyError: KeyError((5, 6))
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: unhashable type: 'set'
# expect: TypeError: TypeError
# expect: TypeError: TypeError
# expect: TypeError: TypeError
# expect: TypeError: TypeError
# expect: AttributeError: 'frozenset' object has no attribute 'add'
# expect: 2 True
# expect: {Key('y')}
# expect: KeyError: Key('x')
# expect: ValueError: no hash
# expect: [None, 'KeyError: 1', 'discarded', 'removed', "AttributeError: 'dict' object has no attribute 'add'", "AttributeError: 'list' object has no attribute 'add'", None, 'KeyError: 1']
# expect: {3}
# expect: ok missing set()
# expect: 36 [-2305843009213693952, -2, 2305843009213693951, 2305843009213693952, 18446744073709551616] 5
