# Script classes derived from str: made whole by str.__new__ (a __new__ of their own through
# super().__new__, an __init__ taking the same arguments), attributes on instances, every str
# behaviour inherited with plain strs from the methods and operators, and the overrides that the
# builtin paths honour (__repr__, __str__ for str() / format / %s / f-strings, __eq__, __lt__,
# __add__, __len__, __contains__, __getitem__, __hash__); errors as CPython 3.11's.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def shout(self):
        return self + "!"


class Tag(str):
    def __init__(self, value):
        self.length_at_init = len(value)

    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ")"


class Name(str):
    def __new__(cls, value, title=""):
        obj = super().__new__(cls, value)
        obj.title = title
        return obj

    def __str__(self):
        return self.title + " " + str.__str__(self)


u = Upper("hello")
print(u, repr(u), type(u).__name__, len(u))
print(u.shout(), type(u.shout()).__name__)
print(isinstance(u, str), isinstance(u, Upper), issubclass(Upper, str), type(u) is Upper)
print(type(u.lower()).__name__, u.lower(), type(u + "x").__name__, u + "x", "x" + u)
print(type(str(u)).__name__, str(u), u == "HELLO", "HELLO" == u, u != "HELLO", hash(u) == hash("HELLO"))
d = {u: 1}
print(d["HELLO"], "HELLO" in d, u in {"HELLO"}, {"HELLO": 2}[u])
print(u[0], u[1:3], u[-1], list(u), "ELL" in u, "z" in u, u * 2, type(u * 2).__name__)
print("%s-%r" % (u, u), "{}|{!r}|{:>7}".format(u, u, u), f"{u}|{u!r}|{u:*^9}")
for ch in u:
    print(ch, end=" ")
print()
t = Tag("abc")
print(t, repr(t), t.length_at_init, [t], t.upper(), t.__class__.__name__)
t.extra = 5
print(t.extra, t.__dict__)
n = Name("Smith", "Dr.")
print(n, str(n), f"{n}", "%s" % n, "{}".format(n), repr(n), n.title, n == "Smith", len(n))
print(n.upper(), n.startswith("Sm"), n.split("i"), sorted([Upper("b"), "a", Upper("c")]))
print(bool(Upper("")), bool(u), len(Upper("")))
s = Upper("abc")
s += "def"
print(s, type(s).__name__)
print(Upper.__mro__)
print(str.__new__(Upper, "q"), type(str.__new__(Upper, "q")).__name__)
print(Upper("x") < "y", "a" < Upper("b"), max(Upper("a"), "b"), min([Upper("z"), Upper("y")]))
print(",".join([Upper("a"), "b"]), Upper("a,b").split(","), int(Upper("42")) + 1, float(Upper("2.5")))


class Cmp(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    def __hash__(self):
        return hash(self.lower())

    def __lt__(self, other):
        return len(self) < len(other)

    def __add__(self, other):
        return Cmp(str.__add__(self, "+" + other))

    def __len__(self):
        return 99

    def __contains__(self, item):
        return True

    def __getitem__(self, i):
        return "item"


c = Cmp("AbC")
print(c == "abc", c != "abc", "abc" == c, c < "zz", c + "x", type(c + "x").__name__, len(c))
print("q" in c, c[0], c[1:2], bool(c), hash(c) == hash("abc"))
try:
    object.__new__(Upper)
except TypeError as e:
    print("TypeError:", e)
try:
    str.__new__(int, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    str.__new__(3, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    Tag("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    Upper()
except TypeError as e:
    print("TypeError:", e)
try:
    class X(str, int):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(str, list):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(str):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)


class Slotted(str):
    __slots__ = ()


sl = Slotted("k")
try:
    sl.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sl, type(sl).__name__)
p = Tag("ab%s")
print(p % "c", type(p % "c").__name__, Tag("x{}").format(1), type(Tag("x{}").format(1)).__name__)
print(Upper("a") in "cat", "A" in Upper("cat"), "-".join([Upper("a"), Upper("b")]), Upper("é").encode())
print(isinstance(u, (int, str)), type(u)("z"), u.__class__ is Upper, str(Name("X", "Mr")), print is not None)
print(Upper("b") > Upper("a"), Upper("abc").replace("B", "x"), Upper("a b").split(), Upper("ab").startswith("A"))
print(Upper("a") * 3, 2 * Upper("b"), Upper("q").join("xyz"), Upper("abc")[::-1], Upper("abc").find("C"))
seen = {Upper("k"), "K", Tag("K")}
print(len(seen), sorted(seen), {Upper("k"): 1, "K": 2})


class WithSlots(str):
    __slots__ = ("meta",)


w = WithSlots("w")
w.meta = 3
print(w, w.meta)
print(str.upper(Upper("q")), str.__len__(Tag("abcd")), str.__str__(Name("n", "t")), str.__repr__(Name("n", "t")))
print(f"{Name('Doe', 'Ms'):>12}|", format(Name("Doe", "Ms"), ""), "{:<6}|".format(Tag("ab")))
try:
    Upper("a") + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + Upper("a")
except TypeError as e:
    print("TypeError:", e)
try:
    Upper("a") < 1
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(type("H", (str,), {"__eq__": lambda self, o: True})("x"))
except TypeError as e:
    print("TypeError:", e)


class ByLength(str):
    def __lt__(self, other):
        return len(self) < len(other)

    def __gt__(self, other):
        return len(self) > len(other)

    def __iter__(self):
        return iter([self.upper()])


words = [ByLength("ccc"), ByLength("a"), ByLength("bb")]
print(sorted(words), min(words), max(words), sorted(words, reverse=True), list(ByLength("xy")))
print([c for c in ByLength("pq")], tuple(ByLength("z")), "".join(ByLength("mn")), set(ByLength("k")))

# expect: HELLO 'HELLO' Upper 5
# expect: HELLO! str
# expect: True True True True
# expect: str hello str HELLOx xHELLO
# expect: str HELLO True True False True
# expect: 1 True True 2
# expect: H EL O ['H', 'E', 'L', 'L', 'O'] True False HELLOHELLO str
# expect: HELLO-'HELLO' HELLO|'HELLO'|  HELLO HELLO|'HELLO'|**HELLO**
# expect: H E L L O 
# expect: abc Tag('abc') 3 [Tag('abc')] ABC Tag
# expect: 5 {'length_at_init': 3, 'extra': 5}
# expect: Dr. Smith Dr. Smith Dr. Smith Dr. Smith Dr. Smith 'Smith' Dr. True 5
# expect: SMITH True ['Sm', 'th'] ['B', 'C', 'a']
# expect: False True 0
# expect: ABCdef str
# expect: (<class '__main__.Upper'>, <class 'str'>, <class 'object'>)
# expect: q Upper
# expect: True False b Y
# expect: A,b ['A', 'B'] 43 2.5
# expect: True True True False AbC+x Cmp 99
# expect: True item item True True
# expect: TypeError: object.__new__(Upper) is not safe, use str.__new__()
# expect: TypeError: str.__new__(int): int is not a subtype of str
# expect: TypeError: str.__new__(X): X is not a type object (int)
# expect: TypeError: decoding str is not supported
# expect: TypeError: Upper.__new__() missing 1 required positional argument: 'value'
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: AttributeError: 'Slotted' object has no attribute 'attr'
# expect: k Slotted
# expect: abc str x1 str
# expect: False True A-B b'\xc3\x89'
# expect: True Z True Mr X True
# expect: True AxC ['A', 'B'] True
# expect: AAA BB xQyQz CBA 2
# expect: 1 ['K'] {'K': 2}
# expect: w 3
# expect: Q 4 n 'n'
# expect:          Doe| Ms Doe ab    |
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'Upper'
# expect: TypeError: '<' not supported between instances of 'Upper' and 'int'
# expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
# expect: TypeError: unhashable type: 'H'
# expect: ['a', 'bb', 'ccc'] a ccc ['ccc', 'bb', 'a'] ['XY']
# expect: ['PQ'] ('Z',) MN {'K'}
