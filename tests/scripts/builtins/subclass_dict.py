# Script classes derived from dict: construction (positional, keywords, own __init__, super()),
# attributes, inherited behaviour (views, **d, iteration, json-like isinstance checks), and
# overrides: __missing__, __getitem__, __setitem__ (also reached by dict.__setitem__ and
# super()), __contains__, __repr__, __iter__, get.
class DefaultDict(dict):
    def __init__(self, default=None, **kwargs):
        super().__init__(**kwargs)
        self.default = default

    def __missing__(self, key):
        return self.default


d = DefaultDict(0, a=1)
print(d, d["a"], d["zz"], "zz" in d, d.get("zz"), d.get("zz", 5), len(d))
print(type(d).__name__, isinstance(d, dict), issubclass(DefaultDict, dict), d.default)


class Plain(dict):
    pass


p = Plain({"x": 1, "y": 2}, z=3)
print(p, Plain(), Plain([("k", "v")]), p == {"x": 1, "y": 2, "z": 3}, {"x": 1} == Plain(x=1))
print(list(p), list(p.keys()), list(p.values()), list(p.items()), sorted(p), len(p), "x" in p)
for k in p:
    print("key", k, p[k])
for k, v in p.items():
    print("item", k, v)
p["w"] = 4
del p["x"]
p.update(q=5)
print(p, p.pop("y"), p.setdefault("n", 0), p, dict(p), type(dict(p)).__name__)
print(type(p.copy()).__name__, p | {"o": 1}, {**p}, dict(**p))


def kw(**kwargs):
    return sorted(kwargs.items())


print(kw(**p))
try:
    p["missing"]
except KeyError as e:
    print("KeyError:", e)


def to_json(x):
    if isinstance(x, dict):
        return "{" + ", ".join('"%s": %s' % (k, to_json(v)) for k, v in x.items()) + "}"
    if isinstance(x, list):
        return "[" + ", ".join(to_json(v) for v in x) + "]"
    return str(x)


print(to_json(Plain(a=[1, Plain(b=2)])))


class Upper(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def __contains__(self, key):
        return dict.__contains__(self, key.upper())

    def __repr__(self):
        return "Upper(" + dict.__repr__(self) + ")"


u = Upper()
u["a"] = 1
u["b"] = 2
print(u, u["a"], u["B"], "a" in u, "c" in u, u.get("a"), u.get("A"), dict.__getitem__(u, "A"))
print(str(u), [u], repr(u), len(u), sorted(u))


class Counting(dict):
    def __iter__(self):
        return iter(sorted(dict.keys(self), reverse=True))

    def get(self, key, default=None):
        return ("got", key)


c = Counting(a=1, b=2)
print(list(c), [k for k in c], c.get("a"), dict.get(c, "a"), c.keys(), "a" in c)


class Tracked(dict):
    def __init__(self):
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)


t = Tracked()
for i in range(3):
    t[i] = i * i
t.update({9: 9})  # dict.update does not call __setitem__, as in CPython
print(t, t.writes, t.__dict__, vars(t))
try:
    t.nope
except AttributeError as e:
    print("AttributeError:", e)
print(DefaultDict.__bases__, Plain.__mro__, type(Plain()) is Plain)

# The expected output (CPython 3.11):
# expect: {'a': 1} 1 0 False None 5 1
# expect: DefaultDict True True 0
# expect: {'x': 1, 'y': 2, 'z': 3} {} {'k': 'v'} True True
# expect: ['x', 'y', 'z'] ['x', 'y', 'z'] [1, 2, 3] [('x', 1), ('y', 2), ('z', 3)] ['x', 'y', 'z'] 3 True
# expect: key x 1
# expect: key y 2
# expect: key z 3
# expect: item x 1
# expect: item y 2
# expect: item z 3
# expect: {'z': 3, 'w': 4, 'q': 5, 'n': 0} 2 0 {'z': 3, 'w': 4, 'q': 5, 'n': 0} {'z': 3, 'w': 4, 'q': 5, 'n': 0} dict
# expect: dict {'z': 3, 'w': 4, 'q': 5, 'n': 0, 'o': 1} {'z': 3, 'w': 4, 'q': 5, 'n': 0} {'z': 3, 'w': 4, 'q': 5, 'n': 0}
# expect: [('n', 0), ('q', 5), ('w', 4), ('z', 3)]
# expect: KeyError: 'missing'
# expect: {"a": [1, {"b": 2}]}
# expect: Upper({'A': 1, 'B': 2}) 1 2 True False None 1 1
# expect: Upper({'A': 1, 'B': 2}) [Upper({'A': 1, 'B': 2})] Upper({'A': 1, 'B': 2}) 2 ['A', 'B']
# expect: ['b', 'a'] ['b', 'a'] ('got', 'a') 1 dict_keys(['a', 'b']) True
# expect: {0: 0, 1: 1, 2: 4, 9: 9} 3 {'writes': 3} {'writes': 3}
# expect: AttributeError: 'Tracked' object has no attribute 'nope'
# expect: (<class 'dict'>,) (<class '__main__.Plain'>, <class 'dict'>, <class 'object'>) True
