# base64 and binascii (vm/modules/lib): CPython 3.11's encodings, lenient and strict decoding
# rules and their messages, hex and crc32
import base64
import binascii
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe']
for s in samples[:7] + samples[8:]:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
big = bytes(range(256)) * 2
e = base64.b64encode(big)
print(len(e), base64.b64decode(e) == big, base64.b32decode(base64.b32encode(big)) == big, base64.b16decode(base64.b16encode(big)) == big)
print(base64.encodebytes(big)[:80], base64.decodebytes(base64.encodebytes(big)) == big, base64.encodebytes(b''))
for s in samples[:7]:
    print(base64.b32decode(base64.b32encode(s)), base64.b32hexdecode(base64.b32hexencode(s)), base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)))
print(base64.b64encode(b'\xfb\xff', altchars=b'*!'), base64.b64decode('+/8=', altchars='-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
tests = ['Zg==', 'Zg=', 'Zg', 'Z', 'Zm9vYg', 'Zg===', 'Zg==Zm9v', '=Zg==', 'Z=g==', 'Zm 9v\nYmFy', 'Zm9v!!YmFy', '', '====', 'Zm9vYmFy=', 'Zm9vY', 'A==']
for t in tests:
    for v in (False, True):
        try:
            r = base64.b64decode(t, validate=v)
        except binascii.Error as e:
            r = ('binascii.Error', str(e), isinstance(e, ValueError))
        print(repr(t), v, r)
for bad in [lambda: base64.b64encode('str'), lambda: base64.b64decode('é'), lambda: base64.b64decode(5),
            lambda: base64.b16decode('0g'), lambda: base64.b16decode('abc'), lambda: base64.b16decode('0a'),
            lambda: base64.b32decode('MZXW6==='), lambda: base64.b32decode('MZXW6YQ'), lambda: base64.b32decode('MZXW6Y1='),
            lambda: base64.b32decode('mzxw6yq=', casefold=True), lambda: base64.b32decode('MZXW6YQ0', map01='L'),
            lambda: base64.b32decode('M======='), lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'),
            lambda: base64.b16decode('0a', casefold=True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'\x01\xff\x10'), binascii.hexlify(b'\x01\xff\x10', '-'), binascii.b2a_hex(b'ab', b':', 1), binascii.unhexlify(b'01FF'), binascii.a2b_hex('0a0B'))
print(binascii.crc32(b'hello'), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'), binascii.crc32(bytes(range(256))))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64('aGk='), binascii.a2b_base64(b'aG k=\n'))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.hexlify(bytes(range(7)), ':', 2), binascii.hexlify(bytes(range(7)), b'.', -3), binascii.hexlify(b'', '-'))

# expect: b'' b'' b'' b'' b''
# expect: b'Zg==' b'Zg==' b'MY======' b'CO======' b'66'
# expect: b'Zm8=' b'Zm8=' b'MZXQ====' b'CPNG====' b'666F'
# expect: b'Zm9v' b'Zm9v' b'MZXW6===' b'CPNMU===' b'666F6F'
# expect: b'Zm9vYg==' b'Zm9vYg==' b'MZXW6YQ=' b'CPNMUOG=' b'666F6F62'
# expect: b'Zm9vYmE=' b'Zm9vYmE=' b'MZXW6YTB' b'CPNMUOJ1' b'666F6F6261'
# expect: b'Zm9vYmFy' b'Zm9vYmFy' b'MZXW6YTBOI======' b'CPNMUOJ1E8======' b'666F6F626172'
# expect: b'+//+' b'-__-' b'7P774===' b'VFVVS===' b'FBFFFE'
# expect: 684 True True True
# expect: b'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4\nOTo' True b''
# expect: b'' b'' b''
# expect: b'f' b'f' b'f'
# expect: b'fo' b'fo' b'fo'
# expect: b'foo' b'foo' b'foo'
# expect: b'foob' b'foob' b'foob'
# expect: b'fooba' b'fooba' b'fooba'
# expect: b'foobar' b'foobar' b'foobar'
# expect: b'*!8=' b'\xfb\xff' b'\xfb\xff'
# expect: 'Zg==' False b'f'
# expect: 'Zg==' True b'f'
# expect: 'Zg=' False ('binascii.Error', 'Incorrect padding', True)
# expect: 'Zg=' True ('binascii.Error', 'Incorrect padding', True)
# expect: 'Zg' False ('binascii.Error', 'Incorrect padding', True)
# expect: 'Zg' True ('binascii.Error', 'Incorrect padding', True)
# expect: 'Z' False ('binascii.Error', 'Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4', True)
# expect: 'Z' True ('binascii.Error', 'Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4', True)
# expect: 'Zm9vYg' False ('binascii.Error', 'Incorrect padding', True)
# expect: 'Zm9vYg' True ('binascii.Error', 'Incorrect padding', True)
# expect: 'Zg===' False b'f'
# expect: 'Zg===' True ('binascii.Error', 'Excess data after padding', True)
# expect: 'Zg==Zm9v' False b'f'
# expect: 'Zg==Zm9v' True ('binascii.Error', 'Excess data after padding', True)
# expect: '=Zg==' False b'f'
# expect: '=Zg==' True ('binascii.Error', 'Leading padding not allowed', True)
# expect: 'Z=g==' False b'f'
# expect: 'Z=g==' True ('binascii.Error', 'Discontinuous padding not allowed', True)
# expect: 'Zm 9v\nYmFy' False b'foobar'
# expect: 'Zm 9v\nYmFy' True ('binascii.Error', 'Only base64 data is allowed', True)
# expect: 'Zm9v!!YmFy' False b'foobar'
# expect: 'Zm9v!!YmFy' True ('binascii.Error', 'Only base64 data is allowed', True)
# expect: '' False b''
# expect: '' True b''
# expect: '====' False b''
# expect: '====' True ('binascii.Error', 'Leading padding not allowed', True)
# expect: 'Zm9vYmFy=' False b'foobar'
# expect: 'Zm9vYmFy=' True b'foobar'
# expect: 'Zm9vY' False ('binascii.Error', 'Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4', True)
# expect: 'Zm9vY' True ('binascii.Error', 'Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4', True)
# expect: 'A==' False ('binascii.Error', 'Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4', True)
# expect: 'A==' True ('binascii.Error', 'Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4', True)
# expect: TypeError a bytes-like object is required, not 'str'
# expect: ValueError string argument should contain only ASCII characters
# expect: TypeError argument should be a bytes-like object or ASCII string, not 'int'
# expect: Error Non-base16 digit found
# expect: Error Non-base16 digit found
# expect: Error Non-base16 digit found
# expect: b'foo'
# expect: Error Incorrect padding
# expect: Error Non-base32 digit found
# expect: b'foob'
# expect: b'foob\x0e'
# expect: Error Incorrect padding
# expect: Error Odd-length string
# expect: Error Non-hexadecimal digit found
# expect: b'\n'
# expect: b'01ff10' b'01-ff-10' b'61:62' b'\x01\xff' b'\n\x0b'
# expect: 907060870 0 222957957 222957957 688229491
# expect: b'aGk=\n' b'aGk=' b'hi' b'hi'
# expect: True True
# expect: b'00:0102:0304:0506' b'000102.030405.06' b''
