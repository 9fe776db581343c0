# Bytes patterns on bytes and bytearray subjects: ASCII-only classes and case, escapes,
# findall, sub and split results as bytes.
import re

print(re.match(rb"\w+", b"abc def"))
print(re.findall(rb"\d+", b"a1b22c333"))
print(re.findall(rb"(\w)=(\w)", b"a=1 b=2"))
print(re.sub(rb"\s+", b"_", b"a  b\tc"))
print(re.sub(rb"(\w+)@(\w+)", rb"\2 at \1", b"joe@home"))
print(re.sub(rb"(?P<x>a)", rb"<\g<x>>", b"banana"))
print(re.split(rb"[,;]", b"a,b;c"))
print(re.split(rb"(,)", b"a,b"))
print(re.search(rb"\xff+", b"a\xff\xffb"))
print(re.search(rb"[\x80-\xff]", b"abc\xe9"))
print(re.match(rb"ABC", b"abc", re.I), re.match(rb"\xe9", b"\xc9", re.I))
print(re.match(rb"\w", b"\xe9"), re.match(rb"\s", b"\x1c"), re.match(r"\s", "\x1c"))
print(re.compile(rb"a").flags, repr(re.compile(rb"a(b)")), re.compile(rb"(?P<n>x)").groupindex)
m = re.search(rb"(?P<n>b+)", b"abbbc")
print(m, m.group("n"), m.groups(), m.groupdict(), m.span(1))
print(re.search(rb"b", bytearray(b"abc")))
print(re.fullmatch(rb"a.c", b"a\nc"), re.fullmatch(rb"a.c", b"a\nc", re.S))
print(re.escape(b"1+1=2"), re.findall(rb"x*", b"axb"))
print(re.sub(rb"a", lambda m: m.group() * 2, b"banana"))
print(re.subn(rb"\d", b"#", b"a1b2"))

# expect: <re.Match object; span=(0, 3), match=b'abc'>
# expect: [b'1', b'22', b'333']
# expect: [(b'a', b'1'), (b'b', b'2')]
# expect: b'a_b_c'
# expect: b'home at joe'
# expect: b'b<a>n<a>n<a>'
# expect: [b'a', b'b', b'c']
# expect: [b'a', b',', b'b']
# expect: <re.Match object; span=(1, 3), match=b'\xff\xff'>
# expect: <re.Match object; span=(3, 4), match=b'\xe9'>
# expect: <re.Match object; span=(0, 3), match=b'abc'> None
# expect: None None <re.Match object; span=(0, 1), match='\x1c'>
# expect: 0 re.compile(b'a(b)') {'n': 1}
# expect: <re.Match object; span=(1, 4), match=b'bbb'> b'bbb' (b'bbb',) {'n': b'bbb'} (1, 4)
# expect: <re.Match object; span=(1, 2), match=b'b'>
# expect: None <re.Match object; span=(0, 3), match=b'a\nc'>
# expect: b'1\\+1=2' [b'', b'x', b'', b'']
# expect: b'baanaanaa'
# expect: (b'a#b#', 2)
