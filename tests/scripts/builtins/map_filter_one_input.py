# map() and filter() of one input, sum() of their items: every kind of input and function, the
# errors, and where each stops.
# args: --gil newgil
# args: --gil nogil
def gen(n):
    for i in range(n):
        yield i


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show("list", lambda: list(map(lambda x: x * 2, [1, 2, 3])))
show("range", lambda: list(map(str, range(3))))
show("tuple", lambda: list(map(abs, (-1, -2))))
show("str", lambda: list(map(ord, "abc")))
show("gen", lambda: list(map(lambda x: x + 1, gen(4))))
show("dict", lambda: list(map(len, {"ab": 1, "c": 2})))
show("seq", lambda: list(map(lambda x: -x, Seq())))
show("nested", lambda: list(map(lambda x: x * x, map(lambda x: x + 1, range(4)))))
show("builtin method", lambda: list(map("-".join, [["a", "b"], ["c"]])))
show("class", lambda: list(map(float, ["1.5", "2"])))
show("bound", lambda: list(map("abc".index, ["c", "a"])))
show("arity", lambda: list(map(lambda a, b: a, [1])))
show("default", lambda: list(map(lambda a, b=5: a + b, [1, 2])))
show("star", lambda: list(map(lambda *a: a, [1, 2])))
show("kwonly", lambda: list(map(lambda a, *, k: a, [1])))
show("raises", lambda: list(map(lambda x: 10 // x, [5, 2, 0, 1])))
show("not callable", lambda: list(map(5, [1])))
show("not iterable", lambda: list(map(str, 5)))

# An exception part-way leaves the map where it was: the next item comes after the failing one.
m = map(lambda x: 10 // x, [5, 0, 2])
print(next(m))
show("next", lambda: next(m))
print(next(m))
show("exhausted", lambda: next(m))

f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f), list(f))
print(list(filter(lambda s: s.startswith("a"), ["ab", "b", "ac"])))
print(list(filter(lambda x: x % 2, gen(7))))
show("filter raises", lambda: list(filter(lambda x: 1 // x, [1, 0])))

print(sum(map(lambda x: x * 2, range(100))))
print(sum(map(float, range(4))))
print(sum(map(lambda x: x, [2**62, 2**62, 2**62])))
print(sum(map(lambda x: x, [-2**63, -1])))
print(sum(map(lambda x: x / 2, [1, 2, 3]), 10))
print(sum(filter(None, [1, 0, 2])))
print(sum([1, 2.5, 3]), sum([True, True, 3]), sum([], 7))
show("sum str", lambda: sum(map(str, [1, 2])))
show("sum start", lambda: sum([[1], [2]], []))

# Recursion through map's calls (not to the depth limit: an ASan build's C++ frames are too big
# for a thousand of run(), sum() and map() on the thread's stack).
def down(n):
    return n if n == 0 else sum(map(down, [n - 1]))


print(down(50))
# expect: list [2, 4, 6]
# expect: range ['0', '1', '2']
# expect: tuple [1, 2]
# expect: str [97, 98, 99]
# expect: gen [1, 2, 3, 4]
# expect: dict [2, 1]
# expect: seq [0, -10, -20, -30]
# expect: nested [1, 4, 9, 16]
# expect: builtin method ['a-b', 'c']
# expect: class [1.5, 2.0]
# expect: bound [2, 0]
# expect: arity TypeError <lambda>.<locals>.<lambda>() missing 1 required positional argument: 'b'
# expect: default [6, 7]
# expect: star [(1,), (2,)]
# expect: kwonly TypeError <lambda>.<locals>.<lambda>() missing 1 required keyword-only argument: 'k'
# expect: raises ZeroDivisionError integer division or modulo by zero
# expect: not callable TypeError 'int' object is not callable
# expect: not iterable TypeError 'int' object is not iterable
# expect: 2
# expect: next ZeroDivisionError integer division or modulo by zero
# expect: 5
# expect: exhausted StopIteration 
# expect: [1, 'a', [0]] []
# expect: ['ab', 'ac']
# expect: [1, 3, 5]
# expect: filter raises ZeroDivisionError integer division or modulo by zero
# expect: 9900
# expect: 6.0
# expect: 13835058055282163712
# expect: -9223372036854775809
# expect: 13.0
# expect: 3
# expect: 6.5 5 7
# expect: sum str TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: sum start [1, 2]
# expect: 0
