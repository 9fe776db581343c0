# Classes, builtin types and functions as dict and set keys (dispatch tables, pprint's
# `type(x) in _builtin_scalars`) are hashed in line by identity, as CPython's _Py_HashPointer
# (the address rotated by 4 bits): lookups, misses, removal, many keys, equality with other
# keys of the same hash, and a metaclass's __eq__/__hash__ (CPython calls them; these keys
# compare by identity first).
class A:
    pass


class B(A):
    pass


def handler():
    return "handler"


scalars = frozenset({str, bytes, bytearray, float, bool, type(None), int})
for value in (1, "s", 2.5, None, True, [1], (1,), A(), b"x"):
    print(type(value).__name__, type(value) in scalars)

dispatch = {int: "int", str: "str", list: "list", A: "A", handler: "fn", len: "len"}
for key in (int, str, list, A, B, handler, len, dict, type, object):
    print(getattr(key, "__name__", key), dispatch.get(key, "-"), key in dispatch)
del dispatch[A]
dispatch[B] = "B"
print(A in dispatch, dispatch[B], sorted(dispatch.values()))

# Many classes: every one found, none lost as the tables grow and shrink.
classes = [type("C%d" % n, (A,), {}) for n in range(300)]
table = {cls: n for n, cls in enumerate(classes)}
members = set(classes)
print(len(table), len(members), all(table[cls] == n for n, cls in enumerate(classes)))
for cls in classes[::2]:
    del table[cls]
    members.discard(cls)
print(len(table), len(members), all((cls in table) == (n % 2 == 1) for n, cls in enumerate(classes)),
      all((cls in members) == (n % 2 == 1) for n, cls in enumerate(classes)))
print(hash(A) == hash(A), hash(int) == hash(int), hash(A) != hash(B), hash(A) > 0)


# A metaclass's __eq__ and __hash__: CPython hashes with the metaclass's __hash__.
class Meta(type):
    def __eq__(cls, other):
        return isinstance(other, Meta) and cls.__name__ == other.__name__

    def __hash__(cls):
        return hash(cls.__name__)


class M1(metaclass=Meta):
    pass


print(M1 in {M1: 1}, M1 in {M1}, {M1: 1}.get(M1))

# expect: int True
# expect: str True
# expect: float True
# expect: NoneType True
# expect: bool True
# expect: list False
# expect: tuple False
# expect: A False
# expect: bytes True
# expect: int int True
# expect: str str True
# expect: list list True
# expect: A A True
# expect: B - False
# expect: handler fn True
# expect: len len True
# expect: dict - False
# expect: type - False
# expect: object - False
# expect: False B ['B', 'fn', 'int', 'len', 'list', 'str']
# expect: 300 300 True
# expect: 150 150 True True
# expect: True True True True
# expect: True True 1
