# Script classes derived from tuple: construction through __new__ (tuple.__new__(cls, iterable),
# super().__new__ in a subclass's own), attributes set on instances, __slots__ = (), every tuple
# behaviour inherited, and overrides (__getitem__, __len__, __iter__, __repr__, __eq__,
# __hash__, __add__, __contains__) that the builtin paths honour.
class T(tuple):
    pass


t = T([1, 2, 3])
print(t, type(t).__name__, type(t) is T, isinstance(t, tuple), isinstance(t, T))
print(len(t), t[0], t[-1], t[1:], type(t[1:]).__name__, t[:] == t, type(t[:]).__name__)
print(list(t), tuple(t), type(tuple(t)).__name__, 2 in t, t.count(2), t.index(3))
print(t == (1, 2, 3), (1, 2, 3) == t, t != (1, 2), hash(t) == hash((1, 2, 3)))
print(t + (4,), type(t + (4,)).__name__, (0,) + t, t * 2, 2 * t, bool(T()), T(), repr(T()))
print(t < (1, 2, 4), t > (1, 2), sorted([T([2, 1]), T([1, 5]), (1, 3)]))
a, b, c = t
print(a, b, c, [x * 10 for x in t], {t: "key"}[(1, 2, 3)], {(1, 2, 3): "v"}[t])
print(T("ab"), T(range(3)), T(x for x in "xyz"), T(t) is t, tuple(t) is t)
print(issubclass(T, tuple), T.__bases__, T.__mro__, T.__name__)
t.extra = 5
print(t.extra, t.__dict__, max(t), min(t), sum(t), sorted(t, reverse=True))
print("%s-%s-%s" % t, "{}/{}".format(*t), f"{t}", str(t))


def f(*args):
    return args


print(f(*t), type(f(*t)).__name__)


class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def norm(self):
        return self[0] * self[0] + self[1] * self[1]


p = P(3, 4)
print(p, p.x, p.norm(), type(p).__name__, p == (3, 4), len(p), p[1])
print(T.__new__(T, "xy"), type(T.__new__(T, "xy")).__name__, tuple.__new__(P, [7, 8]), type(tuple.__new__(P, [7, 8])).__name__, tuple.__new__(tuple, "ab"))


class Init(tuple):
    def __init__(self, items):
        self.count_at_init = len(self)


i = Init([1, 2])
print(i, i.count_at_init)


class Slotted(tuple):
    __slots__ = ()


s = Slotted([1])
try:
    s.extra = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.__dict__)
except AttributeError as e:
    print("AttributeError", e)


class Sub(Slotted):
    pass


u = Sub([2])
u.extra = 3
print(u.extra, u)


class Rev(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, -1 - i)

    def __len__(self):
        return 10

    def __iter__(self):
        return iter([tuple.__getitem__(self, 0)] * 2)

    def __repr__(self):
        return "Rev" + super().__repr__()

    def __contains__(self, x):
        return x == "always"


r = Rev([1, 2, 3])
print(r[0], r[2], len(r), list(r), repr(r), str(r), [r], "always" in r, 1 in r)
x, y = r
print(x, y, bool(r))
for item in r:
    print("item", item)


class Eq(tuple):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 42

    def __add__(self, other):
        return "added"


e = Eq([1])
print(e == (5, 6), (5, 6) == e, e != (1,), hash(e), e + (2,), (1,) + Eq([2]))


class NoHash(tuple):
    def __eq__(self, other):
        return tuple.__eq__(self, other)


try:
    hash(NoHash([1]))
except TypeError as e:
    print("TypeError", e)
print(NoHash([1]) == (1,), NoHash([1]) == (2,))

for bad in [lambda: T(1), lambda: T([1], [2]), lambda: tuple.__new__(list), lambda: tuple.__new__(5),
            lambda: T(x=1), lambda: P(1), lambda: tuple.__new__(), lambda: object.__new__(T),
            lambda: object.__new__(P)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    class Bad(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)

# expect: (1, 2, 3) T True True True
# expect: 3 1 3 (2, 3) tuple True tuple
# expect: [1, 2, 3] (1, 2, 3) tuple True 1 2
# expect: True True True True
# expect: (1, 2, 3, 4) tuple (0, 1, 2, 3) (1, 2, 3, 1, 2, 3) (1, 2, 3, 1, 2, 3) False () ()
# expect: True True [(1, 3), (1, 5), (2, 1)]
# expect: 1 2 3 [10, 20, 30] key v
# expect: ('a', 'b') (0, 1, 2) ('x', 'y', 'z') False False
# expect: True (<class 'tuple'>,) (<class '__main__.T'>, <class 'tuple'>, <class 'object'>) T
# expect: 5 {'extra': 5} 3 1 6 [3, 2, 1]
# expect: 1-2-3 1/2 (1, 2, 3) (1, 2, 3)
# expect: (1, 2, 3) tuple
# expect: (3, 4) 3 25 P True 2 4
# expect: ('x', 'y') T (7, 8) P ('a', 'b')
# expect: (1, 2) 2
# expect: AttributeError 'Slotted' object has no attribute 'extra'
# expect: AttributeError 'Slotted' object has no attribute '__dict__'
# expect: 3 (2,)
# expect: 3 1 10 [1, 1] Rev(1, 2, 3) Rev(1, 2, 3) [Rev(1, 2, 3)] True False
# expect: 1 1 True
# expect: item 1
# expect: item 1
# expect: True True False 42 added (1, 2)
# expect: TypeError unhashable type: 'NoHash'
# expect: True False
# expect: TypeError 'int' object is not iterable
# expect: TypeError tuple expected at most 1 argument, got 2
# expect: TypeError tuple.__new__(list): list is not a subtype of tuple
# expect: TypeError tuple.__new__(X): X is not a type object (int)
# expect: TypeError tuple() takes no keyword arguments
# expect: TypeError P.__new__() missing 1 required positional argument: 'y'
# expect: TypeError tuple.__new__(): not enough arguments
# expect: TypeError object.__new__(T) is not safe, use T.__new__()
# expect: TypeError object.__new__(P) is not safe, use tuple.__new__()
# expect: TypeError nonempty __slots__ not supported for subtype of 'tuple'
