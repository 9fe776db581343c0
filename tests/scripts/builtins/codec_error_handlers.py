# str.encode() and bytes.decode() with their error handlers (strict, ignore, replace,
# backslashreplace, xmlcharrefreplace; an unknown name only looked up when a character fails).
for t in ["aéé", "日本x", "a\U0001F600b", "é", "plain", "xé日y😀"]:
    for enc in ["ascii", "latin-1", "utf-8"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "bogus"]:
            try:
                print(enc, err, t.encode(enc, err))
            except (UnicodeEncodeError, LookupError) as e:
                print(enc, err, type(e).__name__, e)
for b in [b"a\xffb", b"\xe6\x97", b"\xe6\x97\xa5\xff", b"x\xc3(", b"\xed\xa0\x80z", b"\xf0\x9f\x98",
          b"ok", b"\xc3\xa9t\xc3\xa9", b"\x80\x80", b"ab\xc0\xafcd", b"\xf4\x90\x80\x80", b"\xe0\x80"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "bogus"]:
            try:
                r = b.decode(enc, err)
                print(enc, err, repr(r), len(r))
            except (UnicodeDecodeError, LookupError, TypeError) as e:
                print(enc, err, type(e).__name__, e)
for call in [lambda: "abc".encode("utf-8", 5), lambda: b"abc".decode("utf-8", 5),
             lambda: "é".encode("ascii", None), lambda: "abc".encode("nope")]:
    try:
        call()
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
print("abc".encode("ascii", "bogus"), b"abc".decode("ascii", "bogus"), "é".encode("utf-8", "bogus"))
print(b"a\xff".decode(errors="replace"), "é".encode(errors="strict"), "é".encode(encoding="ascii", errors="replace"))
print(bytearray(b"x\xff").decode("utf-8", "ignore"), str(b"a\xffb", "utf-8", "replace"), str("é".encode(), "ascii", "backslashreplace"))
for call in [lambda: str(b"a", errors="strict"), lambda: str(b"\xff", errors="ignore"),
             lambda: str(bytearray(b"\xc3\xa9"), "utf-8"), lambda: str(b"\xff", "utf-8"),
             lambda: str(b"\xe9", encoding="latin-1")]:
    try:
        print(repr(call()))
    except (UnicodeDecodeError, TypeError) as e:
        print(type(e).__name__, e)

# expect: ascii strict UnicodeEncodeError 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
# expect: ascii ignore b'a'
# expect: ascii replace b'a??'
# expect: ascii backslashreplace b'a\\xe9\\xe9'
# expect: ascii xmlcharrefreplace b'a&#233;&#233;'
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict b'a\xe9\xe9'
# expect: latin-1 ignore b'a\xe9\xe9'
# expect: latin-1 replace b'a\xe9\xe9'
# expect: latin-1 backslashreplace b'a\xe9\xe9'
# expect: latin-1 xmlcharrefreplace b'a\xe9\xe9'
# expect: latin-1 bogus b'a\xe9\xe9'
# expect: utf-8 strict b'a\xc3\xa9\xc3\xa9'
# expect: utf-8 ignore b'a\xc3\xa9\xc3\xa9'
# expect: utf-8 replace b'a\xc3\xa9\xc3\xa9'
# expect: utf-8 backslashreplace b'a\xc3\xa9\xc3\xa9'
# expect: utf-8 xmlcharrefreplace b'a\xc3\xa9\xc3\xa9'
# expect: utf-8 bogus b'a\xc3\xa9\xc3\xa9'
# expect: ascii strict UnicodeEncodeError 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
# expect: ascii ignore b'x'
# expect: ascii replace b'??x'
# expect: ascii backslashreplace b'\\u65e5\\u672cx'
# expect: ascii xmlcharrefreplace b'&#26085;&#26412;x'
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict UnicodeEncodeError 'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)
# expect: latin-1 ignore b'x'
# expect: latin-1 replace b'??x'
# expect: latin-1 backslashreplace b'\\u65e5\\u672cx'
# expect: latin-1 xmlcharrefreplace b'&#26085;&#26412;x'
# expect: latin-1 bogus LookupError unknown error handler name 'bogus'
# expect: utf-8 strict b'\xe6\x97\xa5\xe6\x9c\xacx'
# expect: utf-8 ignore b'\xe6\x97\xa5\xe6\x9c\xacx'
# expect: utf-8 replace b'\xe6\x97\xa5\xe6\x9c\xacx'
# expect: utf-8 backslashreplace b'\xe6\x97\xa5\xe6\x9c\xacx'
# expect: utf-8 xmlcharrefreplace b'\xe6\x97\xa5\xe6\x9c\xacx'
# expect: utf-8 bogus b'\xe6\x97\xa5\xe6\x9c\xacx'
# expect: ascii strict UnicodeEncodeError 'ascii' codec can't encode character '\U0001f600' in position 1: ordinal not in range(128)
# expect: ascii ignore b'ab'
# expect: ascii replace b'a?b'
# expect: ascii backslashreplace b'a\\U0001f600b'
# expect: ascii xmlcharrefreplace b'a&#128512;b'
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict UnicodeEncodeError 'latin-1' codec can't encode character '\U0001f600' in position 1: ordinal not in range(256)
# expect: latin-1 ignore b'ab'
# expect: latin-1 replace b'a?b'
# expect: latin-1 backslashreplace b'a\\U0001f600b'
# expect: latin-1 xmlcharrefreplace b'a&#128512;b'
# expect: latin-1 bogus LookupError unknown error handler name 'bogus'
# expect: utf-8 strict b'a\xf0\x9f\x98\x80b'
# expect: utf-8 ignore b'a\xf0\x9f\x98\x80b'
# expect: utf-8 replace b'a\xf0\x9f\x98\x80b'
# expect: utf-8 backslashreplace b'a\xf0\x9f\x98\x80b'
# expect: utf-8 xmlcharrefreplace b'a\xf0\x9f\x98\x80b'
# expect: utf-8 bogus b'a\xf0\x9f\x98\x80b'
# expect: ascii strict UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: ascii ignore b''
# expect: ascii replace b'?'
# expect: ascii backslashreplace b'\\xe9'
# expect: ascii xmlcharrefreplace b'&#233;'
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict b'\xe9'
# expect: latin-1 ignore b'\xe9'
# expect: latin-1 replace b'\xe9'
# expect: latin-1 backslashreplace b'\xe9'
# expect: latin-1 xmlcharrefreplace b'\xe9'
# expect: latin-1 bogus b'\xe9'
# expect: utf-8 strict b'\xc3\xa9'
# expect: utf-8 ignore b'\xc3\xa9'
# expect: utf-8 replace b'\xc3\xa9'
# expect: utf-8 backslashreplace b'\xc3\xa9'
# expect: utf-8 xmlcharrefreplace b'\xc3\xa9'
# expect: utf-8 bogus b'\xc3\xa9'
# expect: ascii strict b'plain'
# expect: ascii ignore b'plain'
# expect: ascii replace b'plain'
# expect: ascii backslashreplace b'plain'
# expect: ascii xmlcharrefreplace b'plain'
# expect: ascii bogus b'plain'
# expect: latin-1 strict b'plain'
# expect: latin-1 ignore b'plain'
# expect: latin-1 replace b'plain'
# expect: latin-1 backslashreplace b'plain'
# expect: latin-1 xmlcharrefreplace b'plain'
# expect: latin-1 bogus b'plain'
# expect: utf-8 strict b'plain'
# expect: utf-8 ignore b'plain'
# expect: utf-8 replace b'plain'
# expect: utf-8 backslashreplace b'plain'
# expect: utf-8 xmlcharrefreplace b'plain'
# expect: utf-8 bogus b'plain'
# expect: ascii strict UnicodeEncodeError 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
# expect: ascii ignore b'xy'
# expect: ascii replace b'x??y?'
# expect: ascii backslashreplace b'x\\xe9\\u65e5y\\U0001f600'
# expect: ascii xmlcharrefreplace b'x&#233;&#26085;y&#128512;'
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict UnicodeEncodeError 'latin-1' codec can't encode character '\u65e5' in position 2: ordinal not in range(256)
# expect: latin-1 ignore b'x\xe9y'
# expect: latin-1 replace b'x\xe9?y?'
# expect: latin-1 backslashreplace b'x\xe9\\u65e5y\\U0001f600'
# expect: latin-1 xmlcharrefreplace b'x\xe9&#26085;y&#128512;'
# expect: latin-1 bogus LookupError unknown error handler name 'bogus'
# expect: utf-8 strict b'x\xc3\xa9\xe6\x97\xa5y\xf0\x9f\x98\x80'
# expect: utf-8 ignore b'x\xc3\xa9\xe6\x97\xa5y\xf0\x9f\x98\x80'
# expect: utf-8 replace b'x\xc3\xa9\xe6\x97\xa5y\xf0\x9f\x98\x80'
# expect: utf-8 backslashreplace b'x\xc3\xa9\xe6\x97\xa5y\xf0\x9f\x98\x80'
# expect: utf-8 xmlcharrefreplace b'x\xc3\xa9\xe6\x97\xa5y\xf0\x9f\x98\x80'
# expect: utf-8 bogus b'x\xc3\xa9\xe6\x97\xa5y\xf0\x9f\x98\x80'
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
# expect: utf-8 ignore 'ab' 2
# expect: utf-8 replace 'a�b' 3
# expect: utf-8 backslashreplace 'a\\xffb' 6
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)
# expect: ascii ignore 'ab' 2
# expect: ascii replace 'a�b' 3
# expect: ascii backslashreplace 'a\\xffb' 6
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'aÿb' 3
# expect: latin-1 ignore 'aÿb' 3
# expect: latin-1 replace 'aÿb' 3
# expect: latin-1 backslashreplace 'aÿb' 3
# expect: latin-1 xmlcharrefreplace 'aÿb' 3
# expect: latin-1 bogus 'aÿb' 3
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
# expect: utf-8 ignore '' 0
# expect: utf-8 replace '�' 1
# expect: utf-8 backslashreplace '\\xe6\\x97' 8
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xe6 in position 0: ordinal not in range(128)
# expect: ascii ignore '' 0
# expect: ascii replace '��' 2
# expect: ascii backslashreplace '\\xe6\\x97' 8
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'æ\x97' 2
# expect: latin-1 ignore 'æ\x97' 2
# expect: latin-1 replace 'æ\x97' 2
# expect: latin-1 backslashreplace 'æ\x97' 2
# expect: latin-1 xmlcharrefreplace 'æ\x97' 2
# expect: latin-1 bogus 'æ\x97' 2
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte
# expect: utf-8 ignore '日' 1
# expect: utf-8 replace '日�' 2
# expect: utf-8 backslashreplace '日\\xff' 5
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xe6 in position 0: ordinal not in range(128)
# expect: ascii ignore '' 0
# expect: ascii replace '����' 4
# expect: ascii backslashreplace '\\xe6\\x97\\xa5\\xff' 16
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'æ\x97¥ÿ' 4
# expect: latin-1 ignore 'æ\x97¥ÿ' 4
# expect: latin-1 replace 'æ\x97¥ÿ' 4
# expect: latin-1 backslashreplace 'æ\x97¥ÿ' 4
# expect: latin-1 xmlcharrefreplace 'æ\x97¥ÿ' 4
# expect: latin-1 bogus 'æ\x97¥ÿ' 4
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode byte 0xc3 in position 1: invalid continuation byte
# expect: utf-8 ignore 'x(' 2
# expect: utf-8 replace 'x�(' 3
# expect: utf-8 backslashreplace 'x\\xc3(' 6
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xc3 in position 1: ordinal not in range(128)
# expect: ascii ignore 'x(' 2
# expect: ascii replace 'x�(' 3
# expect: ascii backslashreplace 'x\\xc3(' 6
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'xÃ(' 3
# expect: latin-1 ignore 'xÃ(' 3
# expect: latin-1 replace 'xÃ(' 3
# expect: latin-1 backslashreplace 'xÃ(' 3
# expect: latin-1 xmlcharrefreplace 'xÃ(' 3
# expect: latin-1 bogus 'xÃ(' 3
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# expect: utf-8 ignore 'z' 1
# expect: utf-8 replace '���z' 4
# expect: utf-8 backslashreplace '\\xed\\xa0\\x80z' 13
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xed in position 0: ordinal not in range(128)
# expect: ascii ignore 'z' 1
# expect: ascii replace '���z' 4
# expect: ascii backslashreplace '\\xed\\xa0\\x80z' 13
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'í\xa0\x80z' 4
# expect: latin-1 ignore 'í\xa0\x80z' 4
# expect: latin-1 replace 'í\xa0\x80z' 4
# expect: latin-1 backslashreplace 'í\xa0\x80z' 4
# expect: latin-1 xmlcharrefreplace 'í\xa0\x80z' 4
# expect: latin-1 bogus 'í\xa0\x80z' 4
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data
# expect: utf-8 ignore '' 0
# expect: utf-8 replace '�' 1
# expect: utf-8 backslashreplace '\\xf0\\x9f\\x98' 12
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xf0 in position 0: ordinal not in range(128)
# expect: ascii ignore '' 0
# expect: ascii replace '���' 3
# expect: ascii backslashreplace '\\xf0\\x9f\\x98' 12
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'ð\x9f\x98' 3
# expect: latin-1 ignore 'ð\x9f\x98' 3
# expect: latin-1 replace 'ð\x9f\x98' 3
# expect: latin-1 backslashreplace 'ð\x9f\x98' 3
# expect: latin-1 xmlcharrefreplace 'ð\x9f\x98' 3
# expect: latin-1 bogus 'ð\x9f\x98' 3
# expect: utf-8 strict 'ok' 2
# expect: utf-8 ignore 'ok' 2
# expect: utf-8 replace 'ok' 2
# expect: utf-8 backslashreplace 'ok' 2
# expect: utf-8 xmlcharrefreplace 'ok' 2
# expect: utf-8 bogus 'ok' 2
# expect: ascii strict 'ok' 2
# expect: ascii ignore 'ok' 2
# expect: ascii replace 'ok' 2
# expect: ascii backslashreplace 'ok' 2
# expect: ascii xmlcharrefreplace 'ok' 2
# expect: ascii bogus 'ok' 2
# expect: latin-1 strict 'ok' 2
# expect: latin-1 ignore 'ok' 2
# expect: latin-1 replace 'ok' 2
# expect: latin-1 backslashreplace 'ok' 2
# expect: latin-1 xmlcharrefreplace 'ok' 2
# expect: latin-1 bogus 'ok' 2
# expect: utf-8 strict 'été' 3
# expect: utf-8 ignore 'été' 3
# expect: utf-8 replace 'été' 3
# expect: utf-8 backslashreplace 'été' 3
# expect: utf-8 xmlcharrefreplace 'été' 3
# expect: utf-8 bogus 'été' 3
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)
# expect: ascii ignore 't' 1
# expect: ascii replace '��t��' 5
# expect: ascii backslashreplace '\\xc3\\xa9t\\xc3\\xa9' 17
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'Ã©tÃ©' 5
# expect: latin-1 ignore 'Ã©tÃ©' 5
# expect: latin-1 replace 'Ã©tÃ©' 5
# expect: latin-1 backslashreplace 'Ã©tÃ©' 5
# expect: latin-1 xmlcharrefreplace 'Ã©tÃ©' 5
# expect: latin-1 bogus 'Ã©tÃ©' 5
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte
# expect: utf-8 ignore '' 0
# expect: utf-8 replace '��' 2
# expect: utf-8 backslashreplace '\\x80\\x80' 8
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)
# expect: ascii ignore '' 0
# expect: ascii replace '��' 2
# expect: ascii backslashreplace '\\x80\\x80' 8
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict '\x80\x80' 2
# expect: latin-1 ignore '\x80\x80' 2
# expect: latin-1 replace '\x80\x80' 2
# expect: latin-1 backslashreplace '\x80\x80' 2
# expect: latin-1 xmlcharrefreplace '\x80\x80' 2
# expect: latin-1 bogus '\x80\x80' 2
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode byte 0xc0 in position 2: invalid start byte
# expect: utf-8 ignore 'abcd' 4
# expect: utf-8 replace 'ab��cd' 6
# expect: utf-8 backslashreplace 'ab\\xc0\\xafcd' 12
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xc0 in position 2: ordinal not in range(128)
# expect: ascii ignore 'abcd' 4
# expect: ascii replace 'ab��cd' 6
# expect: ascii backslashreplace 'ab\\xc0\\xafcd' 12
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'abÀ¯cd' 6
# expect: latin-1 ignore 'abÀ¯cd' 6
# expect: latin-1 replace 'abÀ¯cd' 6
# expect: latin-1 backslashreplace 'abÀ¯cd' 6
# expect: latin-1 xmlcharrefreplace 'abÀ¯cd' 6
# expect: latin-1 bogus 'abÀ¯cd' 6
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte
# expect: utf-8 ignore '' 0
# expect: utf-8 replace '����' 4
# expect: utf-8 backslashreplace '\\xf4\\x90\\x80\\x80' 16
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xf4 in position 0: ordinal not in range(128)
# expect: ascii ignore '' 0
# expect: ascii replace '����' 4
# expect: ascii backslashreplace '\\xf4\\x90\\x80\\x80' 16
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'ô\x90\x80\x80' 4
# expect: latin-1 ignore 'ô\x90\x80\x80' 4
# expect: latin-1 replace 'ô\x90\x80\x80' 4
# expect: latin-1 backslashreplace 'ô\x90\x80\x80' 4
# expect: latin-1 xmlcharrefreplace 'ô\x90\x80\x80' 4
# expect: latin-1 bogus 'ô\x90\x80\x80' 4
# expect: utf-8 strict UnicodeDecodeError 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte
# expect: utf-8 ignore '' 0
# expect: utf-8 replace '��' 2
# expect: utf-8 backslashreplace '\\xe0\\x80' 8
# expect: utf-8 xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: utf-8 bogus LookupError unknown error handler name 'bogus'
# expect: ascii strict UnicodeDecodeError 'ascii' codec can't decode byte 0xe0 in position 0: ordinal not in range(128)
# expect: ascii ignore '' 0
# expect: ascii replace '��' 2
# expect: ascii backslashreplace '\\xe0\\x80' 8
# expect: ascii xmlcharrefreplace TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: ascii bogus LookupError unknown error handler name 'bogus'
# expect: latin-1 strict 'à\x80' 2
# expect: latin-1 ignore 'à\x80' 2
# expect: latin-1 replace 'à\x80' 2
# expect: latin-1 backslashreplace 'à\x80' 2
# expect: latin-1 xmlcharrefreplace 'à\x80' 2
# expect: latin-1 bogus 'à\x80' 2
# expect: TypeError encode() argument 'errors' must be str, not int
# expect: TypeError decode() argument 'errors' must be str, not int
# expect: TypeError encode() argument 'errors' must be str, not None
# expect: LookupError unknown encoding: nope
# expect: b'abc' abc b'\xc3\xa9'
# expect: a� b'\xc3\xa9' b'?'
# expect: x a�b \xc3\xa9
# expect: 'a'
# expect: ''
# expect: 'é'
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: 'é'
