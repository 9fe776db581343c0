# split() at a one-byte separator (found eight bytes at a time): empty pieces, maxsplit,
# pieces across word boundaries, non-ASCII text, bytes and bytearray, the receiver itself.
for t in ["", ",", ",,", "a", "a,b", ",a,", "ab,cd,ef,gh,ij,kl", "é,ü,,€", "x" * 20 + "," + "y" * 9 + ",", ",".join(str(i) for i in range(30))]:
    for m in (-1, 0, 1, 2, 5, 100):
        r = t.split(",", m)
        print(len(r), r == t.split(",", maxsplit=m), r[:4], r[-2:], [len(x) for x in r][:6])
    b = t.encode()
    print(b.split(b","), b.split(b",", 1), bytearray(b).split(b","))
s = "abc"
print(s.split(",")[0] is s, s.split(",", 0)[0] is s)
try:
    "a".split("")
except ValueError as e:
    print(e)
w = ["ab", "cd", "é"]
print("-".join(w), "".join(w), "-".join(()), "-".join(["x"]), ", ".join(("a", "bb", "ccc")))
print(b"--".join([b"a", bytearray(b"b")]), "".join([]) == "")
for bad in (["a", 1], ("a", b"b"), [None]):
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(e)

# expect: 1 True [''] [''] [0]
# expect: 1 True [''] [''] [0]
# expect: 1 True [''] [''] [0]
# expect: 1 True [''] [''] [0]
# expect: 1 True [''] [''] [0]
# expect: 1 True [''] [''] [0]
# expect: [b''] [b''] [bytearray(b'')]
# expect: 2 True ['', ''] ['', ''] [0, 0]
# expect: 1 True [','] [','] [1]
# expect: 2 True ['', ''] ['', ''] [0, 0]
# expect: 2 True ['', ''] ['', ''] [0, 0]
# expect: 2 True ['', ''] ['', ''] [0, 0]
# expect: 2 True ['', ''] ['', ''] [0, 0]
# expect: [b'', b''] [b'', b''] [bytearray(b''), bytearray(b'')]
# expect: 3 True ['', '', ''] ['', ''] [0, 0, 0]
# expect: 1 True [',,'] [',,'] [2]
# expect: 2 True ['', ','] ['', ','] [0, 1]
# expect: 3 True ['', '', ''] ['', ''] [0, 0, 0]
# expect: 3 True ['', '', ''] ['', ''] [0, 0, 0]
# expect: 3 True ['', '', ''] ['', ''] [0, 0, 0]
# expect: [b'', b'', b''] [b'', b','] [bytearray(b''), bytearray(b''), bytearray(b'')]
# expect: 1 True ['a'] ['a'] [1]
# expect: 1 True ['a'] ['a'] [1]
# expect: 1 True ['a'] ['a'] [1]
# expect: 1 True ['a'] ['a'] [1]
# expect: 1 True ['a'] ['a'] [1]
# expect: 1 True ['a'] ['a'] [1]
# expect: [b'a'] [b'a'] [bytearray(b'a')]
# expect: 2 True ['a', 'b'] ['a', 'b'] [1, 1]
# expect: 1 True ['a,b'] ['a,b'] [3]
# expect: 2 True ['a', 'b'] ['a', 'b'] [1, 1]
# expect: 2 True ['a', 'b'] ['a', 'b'] [1, 1]
# expect: 2 True ['a', 'b'] ['a', 'b'] [1, 1]
# expect: 2 True ['a', 'b'] ['a', 'b'] [1, 1]
# expect: [b'a', b'b'] [b'a', b'b'] [bytearray(b'a'), bytearray(b'b')]
# expect: 3 True ['', 'a', ''] ['a', ''] [0, 1, 0]
# expect: 1 True [',a,'] [',a,'] [3]
# expect: 2 True ['', 'a,'] ['', 'a,'] [0, 2]
# expect: 3 True ['', 'a', ''] ['a', ''] [0, 1, 0]
# expect: 3 True ['', 'a', ''] ['a', ''] [0, 1, 0]
# expect: 3 True ['', 'a', ''] ['a', ''] [0, 1, 0]
# expect: [b'', b'a', b''] [b'', b'a,'] [bytearray(b''), bytearray(b'a'), bytearray(b'')]
# expect: 6 True ['ab', 'cd', 'ef', 'gh'] ['ij', 'kl'] [2, 2, 2, 2, 2, 2]
# expect: 1 True ['ab,cd,ef,gh,ij,kl'] ['ab,cd,ef,gh,ij,kl'] [17]
# expect: 2 True ['ab', 'cd,ef,gh,ij,kl'] ['ab', 'cd,ef,gh,ij,kl'] [2, 14]
# expect: 3 True ['ab', 'cd', 'ef,gh,ij,kl'] ['cd', 'ef,gh,ij,kl'] [2, 2, 11]
# expect: 6 True ['ab', 'cd', 'ef', 'gh'] ['ij', 'kl'] [2, 2, 2, 2, 2, 2]
# expect: 6 True ['ab', 'cd', 'ef', 'gh'] ['ij', 'kl'] [2, 2, 2, 2, 2, 2]
# expect: [b'ab', b'cd', b'ef', b'gh', b'ij', b'kl'] [b'ab', b'cd,ef,gh,ij,kl'] [bytearray(b'ab'), bytearray(b'cd'), bytearray(b'ef'), bytearray(b'gh'), bytearray(b'ij'), bytearray(b'kl')]
# expect: 4 True ['é', 'ü', '', '€'] ['', '€'] [1, 1, 0, 1]
# expect: 1 True ['é,ü,,€'] ['é,ü,,€'] [6]
# expect: 2 True ['é', 'ü,,€'] ['é', 'ü,,€'] [1, 4]
# expect: 3 True ['é', 'ü', ',€'] ['ü', ',€'] [1, 1, 2]
# expect: 4 True ['é', 'ü', '', '€'] ['', '€'] [1, 1, 0, 1]
# expect: 4 True ['é', 'ü', '', '€'] ['', '€'] [1, 1, 0, 1]
# expect: [b'\xc3\xa9', b'\xc3\xbc', b'', b'\xe2\x82\xac'] [b'\xc3\xa9', b'\xc3\xbc,,\xe2\x82\xac'] [bytearray(b'\xc3\xa9'), bytearray(b'\xc3\xbc'), bytearray(b''), bytearray(b'\xe2\x82\xac')]
# expect: 3 True ['xxxxxxxxxxxxxxxxxxxx', 'yyyyyyyyy', ''] ['yyyyyyyyy', ''] [20, 9, 0]
# expect: 1 True ['xxxxxxxxxxxxxxxxxxxx,yyyyyyyyy,'] ['xxxxxxxxxxxxxxxxxxxx,yyyyyyyyy,'] [31]
# expect: 2 True ['xxxxxxxxxxxxxxxxxxxx', 'yyyyyyyyy,'] ['xxxxxxxxxxxxxxxxxxxx', 'yyyyyyyyy,'] [20, 10]
# expect: 3 True ['xxxxxxxxxxxxxxxxxxxx', 'yyyyyyyyy', ''] ['yyyyyyyyy', ''] [20, 9, 0]
# expect: 3 True ['xxxxxxxxxxxxxxxxxxxx', 'yyyyyyyyy', ''] ['yyyyyyyyy', ''] [20, 9, 0]
# expect: 3 True ['xxxxxxxxxxxxxxxxxxxx', 'yyyyyyyyy', ''] ['yyyyyyyyy', ''] [20, 9, 0]
# expect: [b'xxxxxxxxxxxxxxxxxxxx', b'yyyyyyyyy', b''] [b'xxxxxxxxxxxxxxxxxxxx', b'yyyyyyyyy,'] [bytearray(b'xxxxxxxxxxxxxxxxxxxx'), bytearray(b'yyyyyyyyy'), bytearray(b'')]
# expect: 30 True ['0', '1', '2', '3'] ['28', '29'] [1, 1, 1, 1, 1, 1]
# expect: 1 True ['0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29'] ['0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29'] [79]
# expect: 2 True ['0', '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29'] ['0', '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29'] [1, 77]
# expect: 3 True ['0', '1', '2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29'] ['1', '2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29'] [1, 1, 75]
# expect: 6 True ['0', '1', '2', '3'] ['4', '5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29'] [1, 1, 1, 1, 1, 69]
# expect: 30 True ['0', '1', '2', '3'] ['28', '29'] [1, 1, 1, 1, 1, 1]
# expect: [b'0', b'1', b'2', b'3', b'4', b'5', b'6', b'7', b'8', b'9', b'10', b'11', b'12', b'13', b'14', b'15', b'16', b'17', b'18', b'19', b'20', b'21', b'22', b'23', b'24', b'25', b'26', b'27', b'28', b'29'] [b'0', b'1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29'] [bytearray(b'0'), bytearray(b'1'), bytearray(b'2'), bytearray(b'3'), bytearray(b'4'), bytearray(b'5'), bytearray(b'6'), bytearray(b'7'), bytearray(b'8'), bytearray(b'9'), bytearray(b'10'), bytearray(b'11'), bytearray(b'12'), bytearray(b'13'), bytearray(b'14'), bytearray(b'15'), bytearray(b'16'), bytearray(b'17'), bytearray(b'18'), bytearray(b'19'), bytearray(b'20'), bytearray(b'21'), bytearray(b'22'), bytearray(b'23'), bytearray(b'24'), bytearray(b'25'), bytearray(b'26'), bytearray(b'27'), bytearray(b'28'), bytearray(b'29')]
# expect: True True
# expect: empty separator
# expect: ab-cd-é abcdé  x a, bb, ccc
# expect: b'a--b' True
# expect: sequence item 1: expected str instance, int found
# expect: sequence item 1: expected str instance, bytes found
# expect: sequence item 0: expected str instance, NoneType found
# expect: sequence item 1: expected a bytes-like object, str found
