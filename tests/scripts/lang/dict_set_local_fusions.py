# The fused forms of two locals and a dict or set: `d[k]` (LOAD_LOCAL_LOAD_LOCAL_SUBSCR),
# `d[k] = v` (LOAD_LOCAL_LOAD_LOCAL_STORE_SUBSCR), `d.get(k, x)` (CALL_METHOD in line) and
# `if k in s` / `if k not in s` (LOAD_LOCAL_LOAD_LOCAL_JUMP_IF_[NOT_]IN), with keys that the
# in-line paths take (ints, strs) and those they leave to the general ones (floats, bools,
# tuples, a class with its own __hash__ and __eq__, unhashable keys), missing keys, a
# defaultdict, and locals that are unset.
# args: --gil newgil
# args: --gil nogil
from collections import defaultdict


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return other == self.n if not isinstance(other, Key) else other.n == self.n


def count(keys):
    counts = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return counts


def members(keys, probes):
    s = set(keys)
    d = dict.fromkeys(keys, 1)
    out = []
    for p in probes:
        r = ""
        if p in s:
            r += "s"
        if p not in s:
            r += "-"
        if p in d:
            r += "d"
        if p not in d:
            r += "_"
        out.append(r)
    return " ".join(out)


def lookups(d, probes):
    out = []
    for p in probes:
        try:
            out.append(d[p])
        except KeyError as e:
            k = e.args[0]
            out.append("KeyError " + ("Key" if isinstance(k, Key) else repr(k)))
        except TypeError as e:
            out.append("TypeError " + str(e))
    return out


keys = [1, 2, 1, "a", "b" + "", "".join(["a"]), 1.0, True, 2.5, (1, 2), (1, 2), Key(2), Key("a"),
        -3, 2**62, "long text key!", "long text " + "key!"]
c = count(keys)
print(sorted(((repr(k) if not isinstance(k, Key) else "Key"), v) for k, v in c.items()))
print(len(c), c[1], c["a"], c[(1, 2)], c[2.5], c[-3])
probes = [1, 1.0, True, False, 0, 2, 2.0, "a", "b", "c", (1, 2), (2, 1), Key(2), Key(9), 9,
          -3, 2**62, 2**62 + 1, "long text key!", "long text key?"]
print(members(keys, probes))
print(lookups(c, probes))

for bad in ([1], {1: 2}):
    try:
        count([1, bad])
    except TypeError as e:
        print("count TypeError:", e)
    try:
        print(members([1], [bad]))
    except TypeError as e:
        print("members TypeError:", e)
    print(lookups(c, [bad]))


def histogram(words):
    dd = defaultdict(int)
    for w in words:
        dd[w] = dd[w] + 1
    plain = {}
    for w in words:
        plain[w] = 0
    total = 0
    for w in words:
        total += dd[w] + plain[w]
    return dict(dd), total


print(histogram(["x", "y", "x", 3, 3, 3]))


def unbound_member(flag):
    if flag:
        s = {1}
    k = 1
    if k in s:
        return "in"
    return "out"


def unbound_key(flag):
    s = {1}
    if flag:
        k = 1
    if k not in s:
        return "out"
    return "in"


def unbound_subscr(flag):
    d = {1: 2}
    if flag:
        k = 1
    return d[k]


for f in (unbound_member, unbound_key, unbound_subscr):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


# A key whose __eq__ changes the dict under `d[k] = v` and `d.get(k)`.
class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 5

    def __eq__(self, other):
        t = self.target
        self.target = None
        if t is not None:
            t.clear()
        return False


def mutate():
    d = {Mutator(None): 1, 5: "five"}
    m = Mutator(d)
    v = d.get(m, "absent")
    m.target = None
    d2 = {Mutator(None): 1}
    m2 = Mutator(d2)
    d2[m2] = 2
    n = len(d2)
    m2.target = None
    d2.clear()
    return v, n


print(mutate())

# Expected (CPython 3.11):
# expect: [("'a'", 3), ("'b'", 1), ("'long text key!'", 2), ('(1, 2)', 2), ('-3', 1), ('1', 4), ('2', 2), ('2.5', 1), ('4611686018427387904', 1)]
# expect: 9 4 3 2 1 1
# expect: sd sd sd -_ -_ sd sd sd sd -_ sd -_ sd -_ -_ sd sd -_ sd -_
# expect: [4, 4, 4, 'KeyError False', 'KeyError 0', 2, 2, 3, 1, "KeyError 'c'", 2, 'KeyError (2, 1)', 2, 'KeyError Key', 'KeyError 9', 1, 1, 'KeyError 4611686018427387905', 2, "KeyError 'long text key?'"]
# expect: count TypeError: unhashable type: 'list'
# expect: members TypeError: unhashable type: 'list'
# expect: ["TypeError unhashable type: 'list'"]
# expect: count TypeError: unhashable type: 'dict'
# expect: members TypeError: unhashable type: 'dict'
# expect: ["TypeError unhashable type: 'dict'"]
# expect: ({'x': 2, 'y': 1, 3: 3}, 14)
# expect: in
# expect: UnboundLocalError: cannot access local variable 's' where it is not associated with a value
# expect: in
# expect: UnboundLocalError: cannot access local variable 'k' where it is not associated with a value
# expect: 2
# expect: UnboundLocalError: cannot access local variable 'k' where it is not associated with a value
# expect: ('absent', 2)
