# isinstance() and type() against the builtin types, for values of every builtin kind (the type
# names are compared without a copy).
# args: --gil newgil
class A:
    pass


class B(A):
    pass


values = [0, True, 1.5, 10**30, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), None,
          A(), B(), len, iter([]), enumerate([]), zip(), (x for x in ()), {}.keys(), ValueError()]
types = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, range, A, B, object,
         (int, str), (list, tuple, dict), (A, float)]
for v in values:
    print(type(v).__name__, [isinstance(v, t) for t in types].count(True),
          "".join("1" if isinstance(v, t) else "0" for t in types))
print(type(1) is int, type(True) is bool, type("") is str, type(2.0) is float, type([]) is list)
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
for x in ([1], (1,), "s", "é", b"b", range(3), reversed([1]), reversed((1,)), reversed(range(3)), {1}, {1:2}, {1:2}.values(), {1:2}.items()): print(type(iter(x)).__name__)

# The expected output (CPython 3.11):
# expect: int 3 10000000000001100
# expect: bool 4 11000000000001100
# expect: float 3 00100000000001001
# expect: int 3 10000000000001100
# expect: str 3 00010000000001100
# expect: bytes 2 00001000000001000
# expect: list 3 00000100000001010
# expect: tuple 3 00000010000001010
# expect: dict 3 00000001000001010
# expect: set 2 00000000100001000
# expect: frozenset 2 00000000010001000
# expect: range 2 00000000001001000
# expect: NoneType 1 00000000000001000
# expect: A 3 00000000000101001
# expect: B 4 00000000000111001
# expect: builtin_function_or_method 1 00000000000001000
# expect: list_iterator 1 00000000000001000
# expect: enumerate 1 00000000000001000
# expect: zip 1 00000000000001000
# expect: generator 1 00000000000001000
# expect: dict_keys 1 00000000000001000
# expect: ValueError 1 00000000000001000
# expect: True True True True True
# expect: TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: list_iterator
# expect: tuple_iterator
# expect: str_ascii_iterator
# expect: str_iterator
# expect: bytes_iterator
# expect: range_iterator
# expect: list_reverseiterator
# expect: reversed
# expect: range_iterator
# expect: set_iterator
# expect: dict_keyiterator
# expect: dict_valueiterator
# expect: dict_itemiterator
