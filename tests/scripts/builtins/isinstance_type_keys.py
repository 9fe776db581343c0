# isinstance() against the type builtins (int, str, dict, ...) compares the value's builtin type,
# not its type's name: bools are ints but ints are not bools, a defaultdict is a dict, a
# frozenset is not a set, big ints are ints, and a script class that happens to be named like a
# builtin does not make its instances builtin values. Tuples of types, classes, stand-in types
# (type(iter([]))) and issubclass as CPython.
# args: --gil newgil
# args: --gil nogil
from collections import defaultdict, deque

def int_like():
    class int:
        pass
    return int()

class A:
    pass

class B(A):
    pass

values = [0, True, 2 ** 80, 1.5, "s", b"b", [1], (1,), {1: 2}, defaultdict(int), {1}, frozenset([1]),
          range(3), deque([1]), None, A(), B(), int_like(), iter([1])]
types = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, range, deque,
         defaultdict, A, B, type(iter([])), object]
for v in values:
    print(type(v).__name__, "".join("1" if isinstance(v, t) else "." for t in types),
          isinstance(v, (str, bytes)), isinstance(v, (A, int)), isinstance(v, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(B, A), issubclass(A, (B, object)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
count = 0
for i in range(3000):
    for v in values:
        if isinstance(v, int):
            count += 1
        elif isinstance(v, (str, bytes)):
            count += 2
        elif isinstance(v, A):
            count += 3
print(count)
# expect: int 1...............1 False True False
# expect: bool 11..............1 False True False
# expect: int 1...............1 False True False
# expect: float ..1.............1 False False False
# expect: str ...1............1 True False False
# expect: bytes ....1...........1 True False False
# expect: list .....1..........1 False False False
# expect: tuple ......1.........1 False False False
# expect: dict .......1........1 False False False
# expect: defaultdict .......1....1...1 False False False
# expect: set ........1.......1 False False False
# expect: frozenset .........1......1 False False False
# expect: range ..........1.....1 False False False
# expect: deque ...........1....1 False False False
# expect: NoneType ................1 False False False
# expect: A .............1..1 False True False
# expect: B .............11.1 False True False
# expect: int ................1 False False False
# expect: list_iterator ...............11 False False False
# expect: True False True True
# expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: 39000
