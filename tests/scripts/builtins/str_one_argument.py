# str(x) of one positional argument (the native's one-argument entry): ints of every size and
# sign (written in place up to 64 bits), bools, floats, None, strs (the same object back),
# bytes, containers, instances with __str__ or only __repr__, and errors from __str__; and the
# calls that bind their arguments (keywords, encodings, none at all) beside them.
class WithStr:
    def __str__(self):
        return "with-str"


class WithRepr:
    def __repr__(self):
        return "with-repr"


class BadStr:
    def __str__(self):
        return 42


class RaisingStr:
    def __str__(self):
        raise ValueError("no text")


ints = [0, 7, -7, 9, 10, -10, 99, 100, 12345678901234567, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
        2**64, 10**30, -10**30]
print([str(i) for i in ints])
print([len(str(i)) for i in ints], [str(i) == repr(i) for i in ints])
print(str(True), str(False), str(None), str(1.5), str(-0.0), str(1e300), str(float("inf")))
s = "text"
print(str(s) is s, str("") == "", str("é"), len(str("héllo")))
print(str(b"ab\x00"), str(bytearray(b"x")), str([1, "a", None]), str((1,)), str({1: "b"}))
print(str(WithStr()), str(WithRepr()), str(range(3)), str(str), str(len) == repr(len))
print(str(object="kw"), str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), repr(str()))
total = 0
for i in range(-50, 50):
    total += len(str(i)) + int(str(i * 1000003))
print(total)
for value in (BadStr(), RaisingStr()):
    try:
        str(value)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
try:
    str(1, 2, 3, 4)
except TypeError as error:
    print(type(error).__name__, error)
try:
    str(bogus=1)
except TypeError as error:
    print(type(error).__name__, error)

# expect: ['0', '7', '-7', '9', '10', '-10', '99', '100', '12345678901234567', '9223372036854775807', '-9223372036854775808', '9223372036854775808', '-9223372036854775809', '18446744073709551616', '1000000000000000000000000000000', '-1000000000000000000000000000000']
# expect: [1, 1, 2, 1, 2, 3, 2, 3, 17, 19, 20, 19, 20, 20, 31, 32] [True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True]
# expect: True False None 1.5 -0.0 1e+300 inf
# expect: True True é 5
# expect: b'ab\x00' bytearray(b'x') [1, 'a', None] (1,) {1: 'b'}
# expect: with-str with-repr range(0, 3) <class 'str'> True
# expect: kw abc é ''
# expect: -49999919
# expect: TypeError __str__ returned non-string (type int)
# expect: ValueError no text
# expect: TypeError str() takes at most 3 arguments (4 given)
# expect: TypeError 'bogus' is an invalid keyword argument for str()
