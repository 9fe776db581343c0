# str/bytes replace() of one character for another and count() of one byte, eight bytes at a
# time: every occurrence, a limited count, windows, non-ASCII text, bytes above 0x7f, bytearray.
for t in ["", "a", "-", "a-b-c-d-e-f-g-h-i-j-k", "--------", "---------x", "é-ü-€-𝄞-", "abc"*10]:
    print(t.replace("-", "+"), t.replace("-", "+", 2), t.replace("-", "+", 0), t.replace("a", "é"), t.count("-"), t.count("a"), t.count("-", 3), t.count("-", 2, 9))
    b = t.encode()
    print(b.replace(b"-", b"\xff"), b.replace(b"\xc3", b"C"), b.count(b"-"), b.count(45), b.count(b"\xa9"), b.count(b"-", 1, -1), bytearray(b).count(b"-"))
    print(b.replace(b"-", b"+", 3), bytearray(b).replace(b"-", b"+"))

# expect:     0 0 0 0
# expect: b'' b'' 0 0 0 0 0
# expect: b'' bytearray(b'')
# expect: a a a é 0 1 0 0
# expect: b'a' b'a' 0 0 0 0 0
# expect: b'a' bytearray(b'a')
# expect: + + - - 1 0 0 0
# expect: b'\xff' b'-' 1 1 0 0 1
# expect: b'+' bytearray(b'+')
# expect: a+b+c+d+e+f+g+h+i+j+k a+b+c-d-e-f-g-h-i-j-k a-b-c-d-e-f-g-h-i-j-k é-b-c-d-e-f-g-h-i-j-k 10 1 9 3
# expect: b'a\xffb\xffc\xffd\xffe\xfff\xffg\xffh\xffi\xffj\xffk' b'a-b-c-d-e-f-g-h-i-j-k' 10 10 0 10 10
# expect: b'a+b+c+d-e-f-g-h-i-j-k' bytearray(b'a+b+c+d+e+f+g+h+i+j+k')
# expect: ++++++++ ++------ -------- -------- 8 0 5 6
# expect: b'\xff\xff\xff\xff\xff\xff\xff\xff' b'--------' 8 8 0 6 8
# expect: b'+++-----' bytearray(b'++++++++')
# expect: +++++++++x ++-------x ---------x ---------x 9 0 6 7
# expect: b'\xff\xff\xff\xff\xff\xff\xff\xff\xffx' b'---------x' 9 9 0 8 9
# expect: b'+++------x' bytearray(b'+++++++++x')
# expect: é+ü+€+𝄞+ é+ü+€-𝄞- é-ü-€-𝄞- é-ü-€-𝄞- 4 0 3 3
# expect: b'\xc3\xa9\xff\xc3\xbc\xff\xe2\x82\xac\xff\xf0\x9d\x84\x9e\xff' b'C\xa9-C\xbc-\xe2\x82\xac-\xf0\x9d\x84\x9e-' 4 4 1 3 4
# expect: b'\xc3\xa9+\xc3\xbc+\xe2\x82\xac+\xf0\x9d\x84\x9e-' bytearray(b'\xc3\xa9+\xc3\xbc+\xe2\x82\xac+\xf0\x9d\x84\x9e+')
# expect: abcabcabcabcabcabcabcabcabcabc abcabcabcabcabcabcabcabcabcabc abcabcabcabcabcabcabcabcabcabc ébcébcébcébcébcébcébcébcébcébc 0 10 0 0
# expect: b'abcabcabcabcabcabcabcabcabcabc' b'abcabcabcabcabcabcabcabcabcabc' 0 0 0 0 0
# expect: b'abcabcabcabcabcabcabcabcabcabc' bytearray(b'abcabcabcabcabcabcabcabcabcabc')
