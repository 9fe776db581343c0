# repr() of strs and bytes: printable ASCII without ' or \ copied whole between quotes; quotes,
# backslashes, control characters, DEL, non-ASCII (printable or not) and bytes past 0x7f escaped
# as CPython's, in lists, dicts, f-strings and %r.
words = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nline\r", "\x00\x1f\x7f", "é", "ü\u200b", "日本", "\U0001F600", "~!@#$%^&*()_+{}|:<>?`-=[];,./"]
print(words)
print([repr(w) for w in words], repr(b"plain"), repr(b"it's"), repr(b"\x80\xff"), repr(b'"'))
print(str(words), f"{words[2]!r}", "%r" % "x", {"k": "v"}, ("t",), {"s"})

# expect: ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnew\nline\r', '\x00\x1f\x7f', 'é', 'ü\u200b', '日本', '😀', '~!@#$%^&*()_+{}|:<>?`-=[];,./']
# expect: ["''", "'a'", '"it\'s"', '\'say "hi"\'', '\'both \\\' and "\'', "'back\\\\slash'", "'tab\\tnew\\nline\\r'", "'\\x00\\x1f\\x7f'", "'é'", "'ü\\u200b'", "'日本'", "'😀'", "'~!@#$%^&*()_+{}|:<>?`-=[];,./'"] b'plain' b"it's" b'\x80\xff' b'"'
# expect: ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnew\nline\r', '\x00\x1f\x7f', 'é', 'ü\u200b', '日本', '😀', '~!@#$%^&*()_+{}|:<>?`-=[];,./'] "it's" 'x' {'k': 'v'} ('t',) {'s'}
