# startswith/endswith: the one-affix fast path (str and bytes, non-ASCII, empty, longer affix)
# and the general one (tuples, windows), with CPython's errors.
cases = ["", "a", "abc", "héllo wörld", "日本語テキスト", "ab\x00cd"]
affixes = ["", "a", "ab", "abc", "abcd", "h", "hé", "héllo", "wörld", "d", "日本", "キスト", "\x00cd", "c"]
for t in cases:
    print(repr(t), [t.startswith(a) for a in affixes], [t.endswith(a) for a in affixes])
    print([t.startswith(("x", "a")), t.endswith(("d", "t")), t.startswith("b", 1), t.endswith("b", 0, 2), t.startswith("", 10), t.endswith("", 0, 0)])
for b in [b"", b"abc", b"\xffab\x00"]:
    print(b, [b.startswith(x) for x in [b"", b"a", b"\xff", b"ab\x00", b"abcd"]], [b.endswith(x) for x in [b"", b"c", b"\x00", b"b\x00", b"zabc"]])
for bad in [lambda: "a".startswith(1), lambda: "a".endswith(b"a"), lambda: b"a".startswith("a"), lambda: "a".startswith(["a"]), lambda: "a".endswith(("a", 2))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# expect: '' [True, False, False, False, False, False, False, False, False, False, False, False, False, False] [True, False, False, False, False, False, False, False, False, False, False, False, False, False]
# expect: [False, False, False, False, False, True]
# expect: 'a' [True, True, False, False, False, False, False, False, False, False, False, False, False, False] [True, True, False, False, False, False, False, False, False, False, False, False, False, False]
# expect: [True, False, False, False, False, True]
# expect: 'abc' [True, True, True, True, False, False, False, False, False, False, False, False, False, False] [True, False, False, True, False, False, False, False, False, False, False, False, False, True]
# expect: [True, False, True, True, False, True]
# expect: 'héllo wörld' [True, False, False, False, False, True, True, True, False, False, False, False, False, False] [True, False, False, False, False, False, False, False, True, True, False, False, False, False]
# expect: [False, True, False, False, True, True]
# expect: '日本語テキスト' [True, False, False, False, False, False, False, False, False, False, True, False, False, False] [True, False, False, False, False, False, False, False, False, False, False, True, False, False]
# expect: [False, False, False, False, False, True]
# expect: 'ab\x00cd' [True, True, True, False, False, False, False, False, False, False, False, False, False, False] [True, False, False, False, False, False, False, False, False, True, False, False, True, False]
# expect: [True, True, True, True, False, True]
# expect: b'' [True, False, False, False, False] [True, False, False, False, False]
# expect: b'abc' [True, True, False, False, False] [True, True, False, False, False]
# expect: b'\xffab\x00' [True, False, True, False, False] [True, False, True, True, False]
# expect: TypeError startswith first arg must be str or a tuple of str, not int
# expect: TypeError endswith first arg must be str or a tuple of str, not bytes
# expect: TypeError startswith first arg must be bytes or a tuple of bytes, not str
# expect: TypeError startswith first arg must be str or a tuple of str, not list
# expect: True
