# len(x) is called without binding arguments (CPython 3.11 specialises it too); its errors,
# dunder __len__ and first-class uses stay as CPython's.
# args: --gil newgil
# args: --gil nogil
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    len(x=1)
except TypeError as e:
    print(e)
try:
    (lambda: 5)()(1)
except TypeError as e:
    print(e)
class L:
    def __len__(self):
        return 7
print(len(L()), len("h\u00e9"), len({1: 2}), len(range(10)), len(b"ab"))
f = len
print(f([1, 2]), list(map(len, ["a", "bb"])))
# expect: object of type 'int' has no len()
# expect: len() takes exactly one argument (0 given)
# expect: len() takes exactly one argument (2 given)
# expect: len() takes no keyword arguments
# expect: 'int' object is not callable
# expect: 7 2 1 10 2
# expect: 2 [1, 2]
