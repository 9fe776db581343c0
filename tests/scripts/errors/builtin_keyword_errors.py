# Keyword arguments a builtin does not take: CPython 3.11's messages, for a call of the builtin,
# of a method called as obj.name(...) (CALL_METHOD_KW) and of a method taken first.
calls = [
    ('print(nope=1)', lambda: print(nope=1)),
    ("int('1', nope=2)", lambda: int('1', nope=2)),
    ('sorted([], nope=1)', lambda: sorted([], nope=1)),
    ('[].sort(nope=1)', lambda: [].sort(nope=1)),
    ("'a'.split(bad=1)", lambda: 'a'.split(bad=1)),
    ('max([1], nope=1)', lambda: max([1], nope=1)),
    ("'a'.encode(nope=1)", lambda: 'a'.encode(nope=1)),
    ('enumerate([], nope=1)', lambda: enumerate([], nope=1)),
    ('range(nope=1)', lambda: range(nope=1)),
    ('round(1.5, nope=1)', lambda: round(1.5, nope=1)),
    ('min(1, 2, nope=3)', lambda: min(1, 2, nope=3)),
    ('divmod(1, 2, x=1)', lambda: divmod(1, 2, x=1)),
    ('isinstance(1, int, x=1)', lambda: isinstance(1, int, x=1)),
    ("getattr(1, 'x', y=1)", lambda: getattr(1, 'x', y=1)),
    ('list(x=1)', lambda: list(x=1)),
    ('tuple(x=1)', lambda: tuple(x=1)),
    ('str(nope=1)', lambda: str(nope=1)),
    ('float(x=1)', lambda: float(x=1)),
]
for text, call in calls:
    try:
        call()
    except TypeError as e:
        print(text, '->', e)
l = [1]
sort = l.sort
try:
    sort(nope=1)
except TypeError as e:
    print(e)
# expect: print(nope=1) -> 'nope' is an invalid keyword argument for print()
# expect: int('1', nope=2) -> 'nope' is an invalid keyword argument for int()
# expect: sorted([], nope=1) -> 'nope' is an invalid keyword argument for sort()
# expect: [].sort(nope=1) -> 'nope' is an invalid keyword argument for sort()
# expect: 'a'.split(bad=1) -> 'bad' is an invalid keyword argument for split()
# expect: max([1], nope=1) -> 'nope' is an invalid keyword argument for max()
# expect: 'a'.encode(nope=1) -> 'nope' is an invalid keyword argument for encode()
# expect: enumerate([], nope=1) -> 'nope' is an invalid keyword argument for enumerate()
# expect: range(nope=1) -> range() takes no keyword arguments
# expect: round(1.5, nope=1) -> 'nope' is an invalid keyword argument for round()
# expect: min(1, 2, nope=3) -> 'nope' is an invalid keyword argument for min()
# expect: divmod(1, 2, x=1) -> divmod() takes no keyword arguments
# expect: isinstance(1, int, x=1) -> isinstance() takes no keyword arguments
# expect: getattr(1, 'x', y=1) -> getattr() takes no keyword arguments
# expect: list(x=1) -> list() takes no keyword arguments
# expect: tuple(x=1) -> tuple() takes no keyword arguments
# expect: str(nope=1) -> 'nope' is an invalid keyword argument for str()
# expect: float(x=1) -> float() takes no keyword arguments
# expect: 'nope' is an invalid keyword argument for sort()
