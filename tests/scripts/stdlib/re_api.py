# The re module's API: compile, match/fullmatch/search with pos and endpos, findall and
# finditer (group semantics), Pattern and Match attributes and reprs, flags, escape, the cache.
import re

p = re.compile(r"(?P<word>\w+)-(\d+)")
print(p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p))
print(repr(re.compile("a", re.I | re.M)), repr(re.compile(b"a\n")), repr(re.compile("x", re.A)))
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("(?i)a").flags, re.compile("a", re.I | re.M).flags)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L), int(re.I | re.S), int(re.NOFLAG))
m = p.search("xx abc-42 yy")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group("word"), m.group(1, 2), m.group(0, "word"))
print(m[0], m[1], m["word"], m[2])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(1), m.end(2), m.span("word"), m.span(2))
print(m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.regs)
print(bool(m), m.expand(r"\2:\1:\g<word>:\g<0>"))
for bad in (3, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m[5]
except IndexError as e:
    print("IndexError", e)

print(p.match("abc-1 x"), p.match(" abc-1"), p.fullmatch("abc-1"), p.fullmatch("abc-1 "))
print(p.search("abc-1 def-2", 1))
print(p.search("abc-1 def-2", 2, 8))
print(p.match("abc-1 def-2", 6))
m = p.match("zz abc-123", 3, 8)
print(m, m.pos, m.endpos)
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"\bb").search("ab", 1))
print(re.compile("a").match("abc", 5), re.compile("").match("abc", 5), re.compile("").match("abc", 2, 1))
print(re.compile("(?<=a)b").search("ab", 1))

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\d)(\w)", "1a 2b 3"))
print(re.findall(r"(\d)\w", "1a 2b 3"))
print(re.findall(r"(a)|(b)", "ab"))
print(re.findall(r"x*", "axb"))
print(re.findall(r"\b", "ab cd"))
print(re.findall(r"", "abc"))
print(re.findall(r"a|", "baac"))
print(re.compile(r"\w").findall("abcdef", 2, 4))
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")])
print([m.group(1) for m in re.finditer(r"(\w)\w*", "ab cd  ef")])
print([m.span() for m in re.finditer(r"x*", "axxb")])
it = re.finditer("a", "aaa")
print(next(it).span(), next(it).span())

print(re.escape("a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t"), re.escape("abc_123"))
print(re.escape(b"a.b c"), re.escape("é.ü"))

print(re.compile("abc") is re.compile("abc"), re.compile("abc") == re.compile("abc"))
print(re.compile("abc") == re.compile("abc", re.I), hash(re.compile("q")) == hash(re.compile("q")))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
re.purge()
print(re.match("ab", "ab") is not None, re.fullmatch("a.", "ab").group())
print(re.search("(?i)straße", "STRAßE"))
print(re.match(r"(\w+)@(\w+)\.com", "joe@example.com").groups())
print(re.match(r"(a)?(b)?", "b").groups(), re.match(r"(a)?(b)?", "b").groupdict())
print(re.match(r"(?P<a>a)?(?P<b>b)?", "b").groupdict("z"))
print(re.match("a" * 40 + "b?", "a" * 60))
print(re.match(".*", "é" * 60))
print(type(p).__name__, type(m).__name__, isinstance(p, re.Pattern), isinstance(m, re.Match))
print(re.split is not None, len(re.__all__) > 10)
s = re.compile(".*", re.S)
print(s.match("abc", 2, 1), s.fullmatch("abc", 3, 1), s.search("abc", 2, 1), re.compile("x*?").match("abc", 3, 0))
print(re.compile(r"$").match("ab\n", 3, 2), re.compile(r"\b").match("ab", 2, 1), re.compile(r"a?$").match("abc", 5, 1))

# expect: (?P<word>\w+)-(\d+) 32 2 {'word': 1}
# expect: re.compile('(?P<word>\\w+)-(\\d+)')
# expect: re.compile('a', re.IGNORECASE|re.MULTILINE) re.compile(b'a\n') re.compile('x', re.ASCII)
# expect: 32 0 34 42
# expect: 2 8 16 64 256 32 4 18 0
# expect: <re.Match object; span=(3, 9), match='abc-42'>
# expect: abc-42 abc-42 abc 42 abc ('abc', '42') ('abc-42', 'abc')
# expect: abc-42 abc abc 42
# expect: ('abc', '42') {'word': 'abc'}
# expect: 3 9 (3, 9) 3 9 (3, 6) (7, 9)
# expect: xx abc-42 yy True 0 12 2 None
# expect: ((3, 9), (3, 6), (7, 9))
# expect: True 42:abc:abc:abc-42
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: <re.Match object; span=(0, 5), match='abc-1'> None <re.Match object; span=(0, 5), match='abc-1'> None
# expect: <re.Match object; span=(1, 5), match='bc-1'>
# expect: <re.Match object; span=(2, 5), match='c-1'>
# expect: <re.Match object; span=(6, 11), match='def-2'>
# expect: <re.Match object; span=(3, 8), match='abc-1'> 3 8
# expect: None <re.Match object; span=(0, 1), match='a'>
# expect: None
# expect: None <re.Match object; span=(3, 3), match=''> <re.Match object; span=(2, 2), match=''>
# expect: <re.Match object; span=(1, 2), match='b'>
# expect: ['1', '22', '333']
# expect: [('1', 'a'), ('2', 'b')]
# expect: ['1', '2']
# expect: [('a', ''), ('', 'b')]
# expect: ['', 'x', '', '']
# expect: ['', '', '', '']
# expect: ['', '', '', '']
# expect: ['', 'a', 'a', '', '']
# expect: ['c', 'd']
# expect: [(0, 2), (3, 5), (7, 9)]
# expect: ['a', 'c', 'e']
# expect: [(0, 0), (1, 3), (3, 3), (4, 4)]
# expect: (0, 1) (1, 2)
# expect: a\.b\*c\?d\+e\(f\)g\[h\]i\{j\}k\|l\^m\$n\\o\ p\#q\&r\~s\-t abc_123
# expect: b'a\\.b\\ c' é\.ü
# expect: True True
# expect: False True
# expect: True
# expect: ValueError cannot process flags argument with a compiled pattern
# expect: True ab
# expect: <re.Match object; span=(0, 6), match='STRAßE'>
# expect: ('joe', 'example')
# expect: (None, 'b') {}
# expect: {'a': 'z', 'b': 'b'}
# expect: <re.Match object; span=(0, 40), match='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>
# expect: <re.Match object; span=(0, 60), match='ééééééééééééééééééééééééééééééééééééééééééééééééé>
# expect: Pattern Match True True
# expect: True True
# expect: None None None None
# expect: None <re.Match object; span=(2, 2), match=''> None
