# bytes: literals, escapes, len, indexing (ints), slicing (bytes), concatenation, repetition.
b = b'hello'
print(b)  # expect: b'hello'
print(len(b))  # expect: 5
print(b[0], b[-1])  # expect: 104 111
print(b[1:3])  # expect: b'el'
print(b[:2] + b[3:])  # expect: b'helo'
payload = b'x' * 100
print(len(payload))  # expect: 100
print(payload[:5])  # expect: b'xxxxx'
print(b'' * 5 == b'')  # expect: True
print(b'ab' == b'ab', b'ab' == b'ba', b'ab' != b'ab')  # expect: True False False
print(b'ell' in b, b'z' in b)  # expect: True False
print(b'a\nb')  # expect: b'a\nb'
print(b'\x00\x01\xff')  # expect: b'\x00\x01\xff'
print(b"it's")  # expect: b"it's"
print(len(b'\x00\n'))  # expect: 2
print(b'abc' + b'def')  # expect: b'abcdef'
print(b'' == b'', len(b''))  # expect: True 0
print(b'hi' == 'hi')  # expect: False
