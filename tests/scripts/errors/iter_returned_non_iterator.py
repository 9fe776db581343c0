# A class's __iter__ must return an iterator (an object with __next__), as CPython's iter()
# checks: anything else is a TypeError at the loop, the unpacking, the call that iterates, for
# script classes and subclasses of builtins alike; iterators of every kind pass.
import io
import itertools

class ReturnsInt:
    def __iter__(self):
        return 5
class ReturnsList:
    def __iter__(self):
        return [1, 2]
class ReturnsSelfWithoutNext:
    def __iter__(self):
        return self
class ReturnsNone:
    def __iter__(self):
        return None
class ListReturnsInt(list):
    def __iter__(self):
        return 7
class DictReturnsTuple(dict):
    def __iter__(self):
        return (1,)

def attempts(make):
    def loop():
        for x in make():
            pass
    def unpack():
        a, b = make()
    def star():
        print(*make())
    def comprehension():
        return [x for x in make()]
    def generator_expression():
        return sum(x for x in make())
    def yield_from():
        def g():
            yield from make()
        return list(g())
    for attempt in (loop, lambda: list(make()), lambda: iter(make()), lambda: sum(make()),
                    unpack, star, comprehension, generator_expression, yield_from,
                    lambda: sorted(make()), lambda: set(make()), lambda: tuple(make()),
                    lambda: dict.fromkeys(make()), lambda: ",".join(make()),
                    lambda: enumerate(make()), lambda: zip(make()), lambda: max(make())):
        try:
            attempt()
            print("no error")
        except TypeError as e:
            print(e)

for make in (ReturnsInt, ReturnsList, ReturnsSelfWithoutNext, ReturnsNone,
             lambda: ListReturnsInt([1]), lambda: DictReturnsTuple(a=1)):
    attempts(make)

# Iterators of every kind are accepted.
class Good:
    def __init__(self, kind):
        self.kind = kind
    def __iter__(self):
        k = self.kind
        if k == "file": return open(__file__)  # a file is its own iterator
        if k == "stringio": return io.StringIO("a\nb\n")
        if k == "reversed": return reversed([1, 2])
        if k == "map": return map(str, [1, 2])
        if k == "count": return itertools.islice(itertools.count(3), 2)
        if k == "generator": return (x for x in "xy")
        if k == "list_iterator": return iter([4, 5])
        if k == "dict_keys": return iter({"k": 1})
        return Counter(2)
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
for kind in ("stringio", "reversed", "map", "count", "generator", "list_iterator", "dict_keys", "own"):
    print(kind, list(Good(kind)))
f = Good("file")
print("file", len(list(f)) > 10)

# join and star-arguments: CPython's own words only for what gives no iterator at all.
for bad in (5, None, 3.5):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
try:
    ",".join([1])
except TypeError as e:
    print(e)
def g():
    yield "a"
    raise TypeError("inside")
try:
    ",".join(g())
except TypeError as e:
    print(e)
class T(tuple): pass
print("-".join(T(("a", "b"))), b"-".join([b"x", bytearray(b"y")]))
try:
    print(*5)
except TypeError as e:
    print(e)
class NoIter:
    pass
try:
    print(*NoIter())
except TypeError as e:
    print(e)
class Raises:
    def __iter__(self):
        raise TypeError("mine")
try:
    print(*Raises())
except TypeError as e:
    print(e)
try:
    ",".join(Raises())
except TypeError as e:
    print(e)

# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: can only join an iterable
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: can only join an iterable
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'list'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: can only join an iterable
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'ReturnsSelfWithoutNext'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: can only join an iterable
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'NoneType'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: can only join an iterable
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'int'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: can only join an iterable
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: iter() returned non-iterator of type 'tuple'
# expect: stringio ['a\n', 'b\n']
# expect: reversed [2, 1]
# expect: map ['1', '2']
# expect: count [3, 4]
# expect: generator ['x', 'y']
# expect: list_iterator [4, 5]
# expect: dict_keys ['k']
# expect: own [1, 0]
# expect: file True
# expect: can only join an iterable
# expect: can only join an iterable
# expect: can only join an iterable
# expect: sequence item 0: expected str instance, int found
# expect: inside
# expect: a-b b'x-y'
# expect: print() argument after * must be an iterable, not int
# expect: print() argument after * must be an iterable, not NoIter
# expect: mine
# expect: can only join an iterable
