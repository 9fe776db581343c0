# Script classes derived from list: construction, attributes, methods of their own, every list
# behaviour inherited, and overrides (__getitem__, __setitem__, __len__, __contains__, __iter__,
# __repr__, __eq__, append) that the builtin paths honour, reaching the builtin ones by super()
# or list.method(self, ...).
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s)
print(type(s).__name__, type(s) is Stack, isinstance(s, list), isinstance(s, Stack))
print(issubclass(Stack, list), issubclass(Stack, dict), issubclass(Stack, object))
print(Stack.__bases__, Stack.__mro__)
print(s[0], s[-1], s[1:], s[::-1], 2 in s, 9 in s, s == [1, 2, 3], [1, 2, 3] == s, s != [1])
print(sorted(s, reverse=True), sum(s), list(s), tuple(s), max(s), s + [7], [0] + s, s * 2)
a, b, c = s
print(a, b, c, *s)
print(", ".join(str(x) for x in s), bool(s), bool(Stack()))
s[0] = 10
del s[1]
s += [5]
print(s, type(s).__name__)
s.sort()
print(s, s.index(5), s.count(10), s.copy(), type(s.copy()).__name__, type(s[:]).__name__)
for x in s:
    print("item", x)


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def describe(self):
        return "%s:%d" % (self.name, len(self))


n = Named("n", [3, 1, 2])
print(n, n.name, n.describe(), n.__dict__, sorted(n))
n.name = "m"
n.extra = [1]
print(n.describe(), n.extra, hasattr(n, "name"), getattr(n, "missing", "none"))
print(Stack([5, 6]), Stack("ab"), Stack(range(3)), len(Stack()))


class Logged(list):
    def __init__(self, *args):
        list.__init__(self, *args)
        self.log = []

    def append(self, x):
        self.log.append(x)
        list.append(self, x * 10)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return "slice(%r, %r)" % (i.start, i.stop)
        return super().__getitem__(i) + 1

    def __setitem__(self, i, v):
        super().__setitem__(i, -v)

    def __contains__(self, x):
        return x == "always"

    def __len__(self):
        return 42

    def __iter__(self):
        return iter(["it"])


lg = Logged([1, 2])
lg.append(3)
print(lg.log, lg[0], lg[2], lg[1:2], "always" in lg, 1 in lg, len(lg), list(lg), [x for x in lg])
lg[0] = 5
print(list.__getitem__(lg, 0), list.__len__(lg), repr(lg), bool(lg))


class Pretty(list):
    def __repr__(self):
        return "Pretty" + list.__repr__(self)

    def __eq__(self, other):
        return len(self) == len(other)


p = Pretty([1, 2])
print(p, repr(p), str(p), [p], p == [7, 8], p == [1], p != [0, 0])
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Stack()[3]
except IndexError as e:
    print("IndexError:", e)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)

# The expected output (CPython 3.11):
# expect: [1, 2, 3] 4 4 4 [1, 2, 3]
# expect: Stack True True True
# expect: True False True
# expect: (<class 'list'>,) (<class '__main__.Stack'>, <class 'list'>, <class 'object'>)
# expect: 1 3 [2, 3] [3, 2, 1] True False True True True
# expect: [3, 2, 1] 6 [1, 2, 3] (1, 2, 3) 3 [1, 2, 3, 7] [0, 1, 2, 3] [1, 2, 3, 1, 2, 3]
# expect: 1 2 3 1 2 3
# expect: 1, 2, 3 True False
# expect: [10, 3, 5] Stack
# expect: [3, 5, 10] 1 1 [3, 5, 10] list list
# expect: item 3
# expect: item 5
# expect: item 10
# expect: [3, 1, 2] n n:3 {'name': 'n'} [1, 2, 3]
# expect: m:3 [1] True none
# expect: [5, 6] ['a', 'b'] [0, 1, 2] 0
# expect: [3] 2 31 slice(1, 2) True False 42 ['it'] ['it']
# expect: -5 3 [-5, 2, 30] True
# expect: Pretty[1, 2] Pretty[1, 2] Pretty[1, 2] [Pretty[1, 2]] True False True
# expect: AttributeError: 'Pretty' object has no attribute 'missing'
# expect: IndexError: list index out of range
# expect: TypeError: unhashable type: 'Stack'
# expect: TypeError: multiple bases have instance lay-out conflict
