# collections.Counter and OrderedDict are dict subclasses, as CPython's: isinstance(c, dict),
# **c, dict(c), json-like code, and their own behaviour (missing counts zero, order-sensitive ==).
from collections import Counter, OrderedDict

c = Counter("abracadabra")
print(isinstance(c, dict), issubclass(Counter, dict), type(c).__name__, c["a"], c["zz"], "zz" in c)
print(dict(c) == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1}, sorted(c), len(c), c.most_common(2))
print(c == Counter("aaaaabbrrcd"), c == {"a": 5}, {"a": 1} == Counter(a=1), c.total())


def kw(**k):
    return sorted(k.items())


print(kw(**Counter(x=2, y=1)), sorted(c.items())[:2], Counter(a=1) + Counter(a=2, b=1))
c.update({"a": 1})
c.subtract("b")
del c["nope"]
print(c, list(c.elements())[:7], Counter(), repr(Counter()))
o = OrderedDict([("x", 1), ("y", 2)])
o["z"] = 3
o.move_to_end("x")
print(o, list(o), isinstance(o, dict), o.popitem(last=False), o, dict(o))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(o.copy(), type(o.copy()).__name__, o | {"q": 0}, OrderedDict())

# The expected output (CPython 3.11):
# expect: True True Counter 5 0 False
# expect: True ['a', 'b', 'c', 'd', 'r'] 5 [('a', 5), ('b', 2)]
# expect: True False True 11
# expect: [('x', 2), ('y', 1)] [('a', 5), ('b', 2)] Counter({'a': 3, 'b': 1})
# expect: Counter({'a': 6, 'r': 2, 'b': 1, 'c': 1, 'd': 1}) ['a', 'a', 'a', 'a', 'a', 'a', 'b'] Counter() Counter()
# expect: OrderedDict([('z', 3), ('x', 1)]) ['y', 'z', 'x'] True ('y', 2) OrderedDict([('z', 3), ('x', 1)]) {'z': 3, 'x': 1}
# expect: False True
# expect: OrderedDict([('z', 3), ('x', 1)]) OrderedDict OrderedDict([('z', 3), ('x', 1), ('q', 0)]) OrderedDict()
