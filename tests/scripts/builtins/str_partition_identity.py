# str.partition/rpartition: the receiver itself when the separator is absent, the separator
# itself when present, as CPython's; bytes and bytearray as before.
s = "key=value=more"
sep = "="
for text in (s, "", "=", "==", "novalue", "ünï=cödé", "日本=語", "a=", "=b", "x" * 40 + "=" + "y" * 40):
    p, r = text.partition(sep), text.rpartition(sep)
    print(p, r, len(p[0]), len(p[2]), len(r[0]), len(r[2]))
    print(p[1] is sep if sep in text else p[0] is text, r[1] is sep if sep in text else r[2] is text)
    print([len(x) for x in p], [x.upper() for x in r], p[0] + p[1] + p[2] == text)
print("ab::cd::ef".partition("::"), "ab::cd::ef".rpartition("::"), "aaa".partition("aa"), "aaa".rpartition("aa"))
print("éé".partition("é"), "abé".rpartition("b"), "".partition("x"), "".rpartition("x"))
print(b"k=v".partition(b"="), b"k=v".rpartition(b"x"), bytearray(b"a,b").partition(b","))
print(type(bytearray(b"a,b").partition(b",")[1]).__name__)
for bad in ((s, ""), (s, 1), (b"x", "x"), ("x", b"x")):
    try:
        bad[0].partition(bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    s.partition()
except TypeError as e:
    print("TypeError", e)

# expect: ('key', '=', 'value=more') ('key=value', '=', 'more') 3 10 9 4
# expect: True True
# expect: [3, 1, 10] ['KEY=VALUE', '=', 'MORE'] True
# expect: ('', '', '') ('', '', '') 0 0 0 0
# expect: True True
# expect: [0, 0, 0] ['', '', ''] True
# expect: ('', '=', '') ('', '=', '') 0 0 0 0
# expect: True True
# expect: [0, 1, 0] ['', '=', ''] True
# expect: ('', '=', '=') ('=', '=', '') 0 1 1 0
# expect: True True
# expect: [0, 1, 1] ['=', '=', ''] True
# expect: ('novalue', '', '') ('', '', 'novalue') 7 0 0 7
# expect: True True
# expect: [7, 0, 0] ['', '', 'NOVALUE'] True
# expect: ('ünï', '=', 'cödé') ('ünï', '=', 'cödé') 3 4 3 4
# expect: True True
# expect: [3, 1, 4] ['ÜNÏ', '=', 'CÖDÉ'] True
# expect: ('日本', '=', '語') ('日本', '=', '語') 2 1 2 1
# expect: True True
# expect: [2, 1, 1] ['日本', '=', '語'] True
# expect: ('a', '=', '') ('a', '=', '') 1 0 1 0
# expect: True True
# expect: [1, 1, 0] ['A', '=', ''] True
# expect: ('', '=', 'b') ('', '=', 'b') 0 1 0 1
# expect: True True
# expect: [0, 1, 1] ['', '=', 'B'] True
# expect: ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '=', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy') ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '=', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy') 40 40 40 40
# expect: True True
# expect: [40, 1, 40] ['XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '=', 'YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY'] True
# expect: ('ab', '::', 'cd::ef') ('ab::cd', '::', 'ef') ('', 'aa', 'a') ('a', 'aa', '')
# expect: ('', 'é', 'é') ('a', 'b', 'é') ('', '', '') ('', '', '')
# expect: (b'k', b'=', b'v') (b'', b'', b'k=v') (bytearray(b'a'), bytearray(b','), bytearray(b'b'))
# expect: bytearray
# expect: ValueError empty separator
# expect: TypeError must be str, not int
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError must be str, not bytes
# expect: TypeError str.partition() takes exactly one argument (0 given)
