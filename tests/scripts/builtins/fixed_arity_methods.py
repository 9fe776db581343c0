# Builtin methods with bodies for 0, 1 or 2 positional arguments (FixedArityMethod, CPython's
# METH_NOARGS / METH_O / METH_FASTCALL): CALL_METHOD calls those without Args. The same methods
# called every other way (keywords, bound, unbound, map), the errors their bodies raise, and the
# binding errors of wrong counts and keywords, with CPython's messages. Under a GIL and
# free-threaded (whose lists and dicts the bodies lock).
# args: --gil newgil
# args: --gil nogil
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# --- the right counts, at one call site per method (str, bytes and bytearray receivers)
print("\u3000\xa0".isspace(), "\u3000x".isspace(), "\xa0".strip(), "\u3000a b\xa0".split())
for s in ["  Ab1 ", "x", "", "ÀB", "42", "a_b", b" Ab1 ", b"42", bytearray(b" Q9 ")]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
    print(repr(s.upper()), repr(s.lower()), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(s.split(), s.rsplit())
for s in ["  Ab1 ", "x", "", "ÀB", "42"]:
    print(s.isdecimal(), s.isnumeric())

# one character at a time (`for ch in text`, answered by table for a one-character str)
def classes(text):
    out = []
    for ch in text:
        out.append("%d%d%d%d%d%d%d%d" % (ch.isdigit(), ch.isalpha(), ch.isalnum(), ch.isspace(),
                                         ch.isupper(), ch.islower(), ch.isdecimal(), ch.isnumeric()))
    return " ".join(out)
print(classes("aZ09 _\t\n\x1c\x1f\x7f~"))
print(classes("éß"), classes(""))
it = iter("abcdé€f")
next(it)
print([c for c in it], list("x\u3000y"), [c.isspace() for c in "a\u3000 "])

line = "a,b,,c d, e"
print(line.split(","), line.rsplit(","), line.split(",", 1), line.rsplit(",", 2), line.split(None, 1))
print(line.strip("ae"), line.lstrip("a,"), line.rstrip("e "), line.strip(None))
print(line.startswith("a,"), line.startswith("b"), line.endswith(" e"), line.endswith(("x", "e")))
print(line.find(","), line.rfind(","), line.find("zz"), line.index("b"), line.rindex(","))
print(line.count(","), line.count(""), line.replace(",", ";"), line.replace(", ", ""))
b = b"a,b,,c d, e"
print(b.split(b","), b.rsplit(b",", 1), b.strip(b"ae"), b.startswith(b"a"), b.endswith(b"x"))
print(b.find(b","), b.find(44), b.rfind(b","), b.index(b"b"), b.count(b","), b.replace(b",", b"."))
ba = bytearray(b"a,b,,c")
print(ba.split(b","), ba.strip(b"ac"), ba.startswith(b"a,"), ba.find(b"b"), ba.replace(b",", b"-"))
print(b.split(bytearray(b",")), b.strip(bytearray(b"ae")), b.startswith(bytearray(b"a")))
print(b.find(bytearray(b"c")), b.count(bytearray(b",")), b.replace(bytearray(b","), b"+"))

# one call site, many receiver types (the site's cache changes)
for o in ["ab ", b"ab ", bytearray(b"ab "), "AB "]:
    print(repr(o.strip()), repr(o.upper()), o.isupper(), o.startswith(o[:1]))

lst = [3, 1, 2]
lst.extend((4, 5)); lst.extend(x for x in "ab"); lst.insert(0, 9); lst.insert(-1, 8)
print(lst, lst.count(1), lst.index(2))
lst.remove(1); lst.reverse()
print(lst, lst.copy())
lst.clear(); print(lst)
t = (1, 2, 2)
print(t.count(2), t.index(2))
d = {"a": 1, "b": 2}
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("c"), d.setdefault("a", 5), d.setdefault("z", 7), d.pop("z"), d.pop("q", 0))
print(d)

class Stack(list):
    def push_all(self, xs):
        self.extend(xs)
        return self.count(xs[0])
st = Stack([1])
print(st.push_all([1, 2]), st, st.copy())

# --- errors raised by the bodies
attempt(lambda: "a".split(""))
attempt(lambda: "a".split(1))
attempt(lambda: "a".split(",", "x"))
attempt(lambda: "a".strip(1))
attempt(lambda: b"a".strip("a"))
attempt(lambda: "a".startswith(1))
attempt(lambda: b"a".startswith("a"))
attempt(lambda: "a".find(1))
attempt(lambda: "abc".index("z"))
attempt(lambda: b"abc".rindex(b"z"))
attempt(lambda: "a".count(None))
attempt(lambda: "a".replace(1, "b"))
attempt(lambda: [1].remove(2))
attempt(lambda: [1].index(2))
attempt(lambda: (1,).index(2))
attempt(lambda: [1].insert("0", 1))
attempt(lambda: [1].extend(5))
attempt(lambda: {}.pop("k"))
attempt(lambda: {1: 2}.pop([]))
attempt(lambda: {}.setdefault([]))

# --- the wrong counts and keywords: CPython's messages
s = "a,b"
attempt(lambda: s.isspace(1))
attempt(lambda: s.isdigit(x=1))
attempt(lambda: s.isalpha(1, 2))
attempt(lambda: s.isalnum(1))
attempt(lambda: s.isupper(1))
attempt(lambda: s.islower(1))
attempt(lambda: s.isdecimal(1))
attempt(lambda: s.isnumeric(1))
attempt(lambda: s.lower(1))
attempt(lambda: s.upper(x=1))
attempt(lambda: b"a".isspace(1))
attempt(lambda: b"a".upper(1))
attempt(lambda: s.strip(1, 2))
attempt(lambda: s.lstrip(1, 2, 3))
attempt(lambda: s.rstrip(chars="a"))
attempt(lambda: b"a".strip(x=1))
attempt(lambda: s.startswith())
attempt(lambda: s.startswith("a", 0, 1, 2))
attempt(lambda: s.endswith(x=1))
attempt(lambda: s.split(",", 1, 2))
attempt(lambda: s.split(x=1))
attempt(lambda: s.rsplit(",", 1, 2))
attempt(lambda: s.find())
attempt(lambda: s.rfind("a", 0, 1, 2))
attempt(lambda: s.index())
attempt(lambda: s.rindex(x=1))
attempt(lambda: s.count())
attempt(lambda: s.replace("a"))
attempt(lambda: s.replace("a", "b", 1, 2))
attempt(lambda: [].extend())
attempt(lambda: [].extend(1, 2))
attempt(lambda: [].insert(1))
attempt(lambda: [].remove())
attempt(lambda: [].count(x=1))
attempt(lambda: [].index())
attempt(lambda: [].reverse(1))
attempt(lambda: [].copy(1))
attempt(lambda: [].clear(x=1))
attempt(lambda: {}.keys(1))
attempt(lambda: {}.values(x=1))
attempt(lambda: {}.items(1, 2))
attempt(lambda: {}.pop())
attempt(lambda: {}.pop(1, 2, 3))
attempt(lambda: {}.setdefault())

# --- keywords where CPython takes them, and the methods bound or unbound
print(s.split(sep=","), s.split(",", maxsplit=0), s.rsplit(maxsplit=1, sep=","), b"a b".split(sep=None))
f = s.strip; g = "  x ".strip; h = s.split
print(repr(f()), repr(g()), h(","), h())
print(str.strip("  y "), str.split("a b"), str.split("a,b", ","), bytes.upper(b"q"))
print(list(map(str.upper, ["a", "b"])), list(map(str.isdigit, ["1", "x"])), list(map(bytes.strip, [b" z "])))
print(sorted(["b", "A", "c"], key=str.lower), list(filter(str.isspace, [" ", "x", "\t"])))
k = d.keys; print(list(k()), dict.items(d), list.copy([1, 2]), list.count([1, 1], 1))
m = [].extend; m([1]); print(dict.pop({"q": 1}, "q"), dict.setdefault({}, "w", 3))

# expect: True False  ['a', 'b']
# expect: '  Ab1 ' False False False False False False
# expect: '  AB1 ' '  ab1 ' 'Ab1' 'Ab1 ' '  Ab1'
# expect: ['Ab1'] ['Ab1']
# expect: 'x' False True True False False True
# expect: 'X' 'x' 'x' 'x' 'x'
# expect: ['x'] ['x']
# expect: '' False False False False False False
# expect: '' '' '' '' ''
# expect: [] []
# expect: 'ÀB' False True True False True False
# expect: 'ÀB' 'àb' 'ÀB' 'ÀB' 'ÀB'
# expect: ['ÀB'] ['ÀB']
# expect: '42' True False True False False False
# expect: '42' '42' '42' '42' '42'
# expect: ['42'] ['42']
# expect: 'a_b' False False False False False True
# expect: 'A_B' 'a_b' 'a_b' 'a_b' 'a_b'
# expect: ['a_b'] ['a_b']
# expect: b' Ab1 ' False False False False False False
# expect: b' AB1 ' b' ab1 ' b'Ab1' b'Ab1 ' b' Ab1'
# expect: [b'Ab1'] [b'Ab1']
# expect: b'42' True False True False False False
# expect: b'42' b'42' b'42' b'42' b'42'
# expect: [b'42'] [b'42']
# expect: bytearray(b' Q9 ') False False False False True False
# expect: bytearray(b' Q9 ') bytearray(b' q9 ') bytearray(b'Q9') bytearray(b'Q9 ') bytearray(b' Q9')
# expect: [bytearray(b'Q9')] [bytearray(b'Q9')]
# expect: False False
# expect: False False
# expect: False False
# expect: False False
# expect: True True
# expect: 01100100 01101000 10100011 10100011 00010000 00000000 00010000 00010000 00010000 00010000 00000000 00000000
# expect: 01100100 01100100 
# expect: ['b', 'c', 'd', 'é', '€', 'f'] ['x', '\u3000', 'y'] [False, True, True]
# expect: ['a', 'b', '', 'c d', ' e'] ['a', 'b', '', 'c d', ' e'] ['a', 'b,,c d, e'] ['a,b,', 'c d', ' e'] ['a,b,,c', 'd, e']
# expect: ,b,,c d,  b,,c d, e a,b,,c d, a,b,,c d, e
# expect: True False True True
# expect: 1 8 -1 2 8
# expect: 4 12 a;b;;c d; e a,b,,c de
# expect: [b'a', b'b', b'', b'c d', b' e'] [b'a,b,,c d', b' e'] b',b,,c d, ' True False
# expect: 1 1 8 2 4 b'a.b..c d. e'
# expect: [bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')] bytearray(b',b,,') True 2 bytearray(b'a-b--c')
# expect: [b'a', b'b', b'', b'c d', b' e'] b',b,,c d, ' True
# expect: 5 4 b'a+b++c d+ e'
# expect: 'ab' 'AB ' False True
# expect: b'ab' b'AB ' False True
# expect: bytearray(b'ab') bytearray(b'AB ') False True
# expect: 'AB' 'AB ' True True
# expect: [9, 3, 1, 2, 4, 5, 'a', 8, 'b'] 1 3
# expect: ['b', 8, 'a', 5, 4, 2, 3, 9] ['b', 8, 'a', 5, 4, 2, 3, 9]
# expect: []
# expect: 2 1
# expect: ['a', 'b'] [1, 2] [('a', 1), ('b', 2)]
# expect: None 1 7 7 0
# expect: {'a': 1, 'b': 2, 'c': None}
# expect: 2 [1, 1, 2] [1, 1, 2]
# expect: ValueError empty separator
# expect: TypeError must be str or None, not int
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError strip arg must be None or str
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError startswith first arg must be str or a tuple of str, not int
# expect: TypeError startswith first arg must be bytes or a tuple of bytes, not str
# expect: TypeError must be str, not int
# expect: ValueError substring not found
# expect: ValueError subsection not found
# expect: TypeError must be str, not NoneType
# expect: TypeError replace() argument 1 must be str, not int
# expect: ValueError list.remove(x): x not in list
# expect: ValueError 2 is not in list
# expect: ValueError tuple.index(x): x not in tuple
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'int' object is not iterable
# expect: KeyError 'k'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: TypeError str.isspace() takes no arguments (1 given)
# expect: TypeError str.isdigit() takes no keyword arguments
# expect: TypeError str.isalpha() takes no arguments (2 given)
# expect: TypeError str.isalnum() takes no arguments (1 given)
# expect: TypeError str.isupper() takes no arguments (1 given)
# expect: TypeError str.islower() takes no arguments (1 given)
# expect: TypeError str.isdecimal() takes no arguments (1 given)
# expect: TypeError str.isnumeric() takes no arguments (1 given)
# expect: TypeError str.lower() takes no arguments (1 given)
# expect: TypeError str.upper() takes no keyword arguments
# expect: TypeError bytes.isspace() takes no arguments (1 given)
# expect: TypeError bytes.upper() takes no arguments (1 given)
# expect: TypeError strip expected at most 1 argument, got 2
# expect: TypeError lstrip expected at most 1 argument, got 3
# expect: TypeError str.rstrip() takes no keyword arguments
# expect: TypeError bytes.strip() takes no keyword arguments
# expect: TypeError startswith() takes at least 1 argument (0 given)
# expect: TypeError startswith() takes at most 3 arguments (4 given)
# expect: TypeError str.endswith() takes no keyword arguments
# expect: TypeError split() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for split()
# expect: TypeError rsplit() takes at most 2 arguments (3 given)
# expect: TypeError find() takes at least 1 argument (0 given)
# expect: TypeError rfind() takes at most 3 arguments (4 given)
# expect: TypeError index() takes at least 1 argument (0 given)
# expect: TypeError str.rindex() takes no keyword arguments
# expect: TypeError count() takes at least 1 argument (0 given)
# expect: TypeError replace expected at least 2 arguments, got 1
# expect: TypeError replace expected at most 3 arguments, got 4
# expect: TypeError list.extend() takes exactly one argument (0 given)
# expect: TypeError list.extend() takes exactly one argument (2 given)
# expect: TypeError insert expected 2 arguments, got 1
# expect: TypeError list.remove() takes exactly one argument (0 given)
# expect: TypeError list.count() takes no keyword arguments
# expect: TypeError index expected at least 1 argument, got 0
# expect: TypeError list.reverse() takes no arguments (1 given)
# expect: TypeError list.copy() takes no arguments (1 given)
# expect: TypeError list.clear() takes no keyword arguments
# expect: TypeError dict.keys() takes no arguments (1 given)
# expect: TypeError dict.values() takes no keyword arguments
# expect: TypeError dict.items() takes no arguments (2 given)
# expect: TypeError pop expected at least 1 argument, got 0
# expect: TypeError pop expected at most 2 arguments, got 3
# expect: TypeError setdefault expected at least 1 argument, got 0
# expect: ['a', 'b'] ['a,b'] ['a', 'b'] [b'a', b'b']
# expect: 'a,b' 'x' ['a', 'b'] ['a,b']
# expect: y ['a', 'b'] ['a', 'b'] b'Q'
# expect: ['A', 'B'] [True, False] [b'z']
# expect: ['A', 'b', 'c'] [' ', '\t']
# expect: ['a', 'b', 'c'] dict_items([('a', 1), ('b', 2), ('c', None)]) [1, 2] 2
# expect: 1 3
