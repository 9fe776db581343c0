# A script class's __next__ called by builtins and for loops: StopIteration (and a subclass,
# and one raised by a builtin inside) ends the iteration; other exceptions, raised in __next__ or
# by a builtin it calls, and RecursionError come out of the consumer; generators around them.
# args: --gil newgil
# args: --gil nogil
# expect: [1, 2, 3] 10 [3, 2, 1]
# expect: [1, 2] [1, 2, 3] [1, -1, 3] ['a', 'b']
# expect: 5 1 [(1, 1), (2, 2)] {0: 1, 1: 2}
# expect: ValueError failed at 1
# expect: ValueError failed at 1
# expect: ValueError failed at 1
# expect: KeyError 'missing'
# expect: KeyError 'missing'
# expect: KeyError 'missing'
# expect: IndexError pop from empty list
# expect: IndexError pop from empty list
# expect: IndexError pop from empty list
# expect: ZeroDivisionError integer division or modulo by zero
# expect: ZeroDivisionError integer division or modulo by zero
# expect: ZeroDivisionError integer division or modulo by zero
# expect: RecursionError maximum recursion depth exceeded
# expect: RecursionError maximum recursion depth exceeded
# expect: RecursionError maximum recursion depth exceeded
# expect: next: failed at 0 2 [3]
# expect: [1, 2, 6, 10, 20]
# expect: RuntimeError: generator raised StopIteration StopIteration
# expect: default empty
class Count:
    def __init__(self, n, fail=None):
        self.i = 0
        self.n = n
        self.fail = fail

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == self.fail:
            self.i += 1
            raise ValueError("failed at %d" % (self.i - 1))
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


class Done(StopIteration):
    pass


class Ends(Count):
    def __next__(self):
        if self.i >= self.n:
            raise Done("done")
        self.i += 1
        return self.i


class Guarded(Count):
    def __next__(self):
        try:
            return Count.__next__(self)
        except ValueError:
            return -1


class Native:
    def __init__(self, items):
        self.it = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)  # StopIteration raised by a builtin


class Failing:
    def __init__(self, how):
        self.how = how

    def __iter__(self):
        return self

    def __next__(self):
        if self.how == "key":
            return {}["missing"]
        if self.how == "pop":
            return [].pop()
        if self.how == "deep":
            return recurse(0)
        return 1 // 0


def recurse(n):
    return recurse(n + 1)


print(list(Count(3)), sum(Count(4)), sorted(Count(3), key=lambda v: -v))
print([x for x in Count(2)], list(Ends(3)), list(Guarded(3, fail=1)), list(Native("ab")))
print(max(Count(5)), min(Count(5)), list(zip(Count(2), Count(3))), dict(enumerate(Count(2))))
for make in (lambda: Count(3, fail=1), lambda: Failing("key"), lambda: Failing("pop"),
             lambda: Failing("zero"), lambda: Failing("deep")):
    for consume in (list, sum, lambda it: [x for x in it]):
        try:
            consume(make())
        except (ValueError, KeyError, IndexError, ZeroDivisionError, RecursionError) as error:
            print(type(error).__name__, error)
it = Count(3, fail=0)
try:
    next(it)
except ValueError as error:
    print("next:", error, next(it), list(it))


def gen():
    yield from Count(2)
    yield sum(Count(3))
    for x in Ends(2):
        yield x * 10


print(list(gen()))


def leaks():
    yield next(Count(0))


try:
    list(leaks())
except RuntimeError as error:
    print("RuntimeError:", error, type(error.__cause__).__name__)
print(next(Count(0), "default"), next(iter(Native("")), "empty"))
