# Natives whose arguments are bound to named parameters (Args::bind): by position, by keyword,
# mixed, and the errors for too many, unknown, repeated and missing arguments.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(list(enumerate("ab")), list(enumerate("ab", 3)), list(enumerate("ab", start=-1)))
print(list(enumerate(iterable="xy")), list(enumerate(start=5, iterable="z")))
print(list(enumerate("a", 2**70)), list(enumerate("a", True)))
show(enumerate)
show(enumerate, "a", 1, 2)
show(enumerate, "a", step=1)
show(enumerate, "a", iterable="b")
show(enumerate, start=1)
show(enumerate, "a", "b")
print(int("ff", 16), int("ff", base=16), int("0x1f", 0), int(), int(7.9))
show(int, "12", 10, 3)
show(int, "12", bass=10)
show(int, "12", base=10, x="3")
show(int, 12, 10)
print(str(b"hi", "ascii"), str(object=5), str(b"hi", encoding="utf-8", errors="strict"))
show(str, 1, 2, 3, 4)
show(str, objekt=1)
print(bytes("hi", "ascii"), bytes(source=3), bytearray("hi", encoding="ascii"), bytes())
show(bytes, "hi")
show(bytes, "hi", encoding="ascii", source="x")
show(bytearray, 1, 2, 3, 4)
print(pow(2, 10), pow(2, 10, 1000), pow(base=3, exp=2), pow(2, exp=3, mod=5), pow(2.0, 3, None))
show(pow, 2)
show(pow, 2, 3, 4, 5)
show(pow, 2, 3, modulo=4)
show(pow, 2, base=3)
show(pow, 2.0, 3, 4)
items = [3, 1, 2]
items.sort(reverse=True)
print(items)
items.sort(key=lambda v: -v, reverse=False)
print(items)
show(items.sort, 1)
show(items.sort, keys=len)
show(sorted, [2, 1], reverse=True)
show(sorted, [2, 1], None)
print("a\nb\r\nc".splitlines(), "a\nb".splitlines(True), "a\nb".splitlines(keepends=True))
show("a".splitlines, 1, 2)
show("a".splitlines, keep=1)
print("a\tb".expandtabs(), "a\tb".expandtabs(2), "a\tb".expandtabs(tabsize=3))
show("a".expandtabs, tabs=1)
show(enumerate, "a", start=1, x=2)
show(enumerate, iterable="a", x=2)
show(items.sort, key=None, reverse=False, x=1)
show(round, ndigits=1, number=2.25, x=3)
show(pow, 2, 3, base=2)
show(pow, 2, 3, mod=5, x=1)

# expect: [(0, 'a'), (1, 'b')] [(3, 'a'), (4, 'b')] [(-1, 'a'), (0, 'b')]
# expect: [(0, 'x'), (1, 'y')] [(5, 'z')]
# expect: [(1180591620717411303424, 'a')] [(1, 'a')]
# expect: TypeError enumerate() missing required argument 'iterable'
# expect: TypeError enumerate() takes at most 2 arguments (3 given)
# expect: TypeError 'step' is an invalid keyword argument for enumerate()
# expect: TypeError 'iterable' is an invalid keyword argument for enumerate()
# expect: TypeError 'start' is an invalid keyword argument for enumerate()
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: 255 255 31 0 7
# expect: TypeError int() takes at most 2 arguments (3 given)
# expect: TypeError 'bass' is an invalid keyword argument for int()
# expect: TypeError int() takes at most 2 arguments (3 given)
# expect: TypeError int() can't convert non-string with explicit base
# expect: hi 5 hi
# expect: TypeError str() takes at most 3 arguments (4 given)
# expect: TypeError 'objekt' is an invalid keyword argument for str()
# expect: b'hi' b'\x00\x00\x00' bytearray(b'hi') b''
# expect: TypeError string argument without an encoding
# expect: TypeError argument for bytes() given by name ('source') and position (1)
# expect: TypeError bytearray() takes at most 3 arguments (4 given)
# expect: 1024 24 9 3 8.0
# expect: TypeError pow() missing required argument 'exp' (pos 2)
# expect: TypeError pow() takes at most 3 arguments (4 given)
# expect: TypeError 'modulo' is an invalid keyword argument for pow()
# expect: TypeError pow() missing required argument 'exp' (pos 2)
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
# expect: [3, 2, 1]
# expect: [3, 2, 1]
# expect: TypeError sort() takes no positional arguments
# expect: TypeError 'keys' is an invalid keyword argument for sort()
# expect: [2, 1]
# expect: TypeError sorted expected 1 argument, got 2
# expect: ['a', 'b', 'c'] ['a\n', 'b'] ['a\n', 'b']
# expect: TypeError splitlines() takes at most 1 argument (2 given)
# expect: TypeError 'keep' is an invalid keyword argument for splitlines()
# expect: a       b a b a  b
# expect: TypeError 'tabs' is an invalid keyword argument for expandtabs()
# expect: TypeError enumerate() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for enumerate()
# expect: TypeError sort() takes at most 2 keyword arguments (3 given)
# expect: TypeError round() takes at most 2 keyword arguments (3 given)
# expect: TypeError argument for pow() given by name ('base') and position (1)
# expect: TypeError pow() takes at most 3 arguments (4 given)
