# repr of plain text at and around the 64-byte buffer of quoted_whole(), str and bytes.
for t in ["", "a", "x" * 61, "y" * 62, "z" * 63, "w" * 64, "abc def", "it's", 'say "hi"', "tab\there", "é"]:
    print(repr(t), len(repr(t)), repr(t.encode()), f"{t!r}"[:5])
print([b"q" * 60, b"r" * 61, b"s" * 62], repr(b""), ascii("x" * 70))

# expect: '' 2 b'' ''
# expect: 'a' 3 b'a' 'a'
# expect: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' 63 b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' 'xxxx
# expect: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' 64 b'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' 'yyyy
# expect: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' 65 b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' 'zzzz
# expect: 'wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww' 66 b'wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww' 'wwww
# expect: 'abc def' 9 b'abc def' 'abc 
# expect: "it's" 6 b"it's" "it's
# expect: 'say "hi"' 10 b'say "hi"' 'say 
# expect: 'tab\there' 11 b'tab\there' 'tab\
# expect: 'é' 3 b'\xc3\xa9' 'é'
# expect: [b'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq', b'rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr', b'ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss'] b'' 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
