# sum() of lists and tuples (read in place, ints and floats added in runs), its start argument
# and its errors as CPython 3.11.
print(sum([1, 2, 3]), sum((1.5, 2, 3.25)), sum([2**62, 2**62, 2**62]), sum([1, 2.5, 3, 2**70, 0.5]))
print(sum([], 7), sum((), 1.5), sum([[1], [2]], []), sum([True, True, 3]), sum([0.1] * 10))
print(sum([1, -2**63, -1]), sum([1e308, 1e308, -1e308]), sum([float("nan"), 1]), sum((x for x in [1, 2])))
for args in ((["a", "b"], ""), ([b"a"], b""), ([1, "a"],), ([[1]], 0), ([1], None)):
    try: print(sum(*args))
    except TypeError as e: print("TypeError", e)
class A:
    def __init__(self, v): self.v = v
    def __radd__(self, o): items.append(9); return o + self.v
items = [1, A(5), 2]
print(sum(items), len(items), items[-1])
print(sum([3, 4], start=10))
for f in (lambda: sum(), lambda: sum([1], 2, 3), lambda: sum([1], x=2), lambda: sum(iterable=[1]), lambda: sum([1], 2, start=3), lambda: sum(["a"], start=""), lambda: sum([bytearray(b"a")], bytearray(b""))):
    try: print(f())
    except TypeError as e: print("TypeError", e)

# expect: 6 6.75 13835058055282163712 1.1805916207174113e+21
# expect: 7 1.5 [1, 2] 5 0.9999999999999999
# expect: -9223372036854775808 inf nan 3
# expect: TypeError sum() can't sum strings [use ''.join(seq) instead]
# expect: TypeError sum() can't sum bytes [use b''.join(seq) instead]
# expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError unsupported operand type(s) for +: 'int' and 'list'
# expect: TypeError unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: 17 4 9
# expect: 17
# expect: TypeError sum() takes at least 1 positional argument (0 given)
# expect: TypeError sum() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for sum()
# expect: TypeError sum() takes at least 1 positional argument (0 given)
# expect: TypeError sum() takes at most 2 arguments (3 given)
# expect: TypeError sum() can't sum strings [use ''.join(seq) instead]
# expect: TypeError sum() can't sum bytearray [use b''.join(seq) instead]
