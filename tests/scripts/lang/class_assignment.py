# obj.__class__ = C for instances of script classes: the values move to a dict, methods and
# isinstance follow the new class, and layouts (a dict, the same __slots__) must agree.
# args: --gil newgil
# args: --gil nogil
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B"
class S:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
b = B()
b.v = 1
b.__class__ = A
print(type(b).__name__, b.who(), b.v, vars(b), isinstance(b, B), isinstance(b, A))
b.w = 2
b.__class__ = B
print(type(b).__name__, b.who(), b.w, sorted(vars(b)))
for target in (5, int, S, A):
    try:
        b.__class__ = target
        print("ok", type(b).__name__)
    except TypeError as e:
        print("TypeError", e)
s = S(); s.x = 3
s.__class__ = S2
print(type(s).__name__, s.x)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError", e)
try:
    del b.__class__
except TypeError as e:
    print("TypeError", e)
class C:
    pass
objs = [C() for i in range(3)]
for i, o in enumerate(objs):
    o.a = i
    o.b = i * 2
objs[1].__class__ = A
print([type(o).__name__ for o in objs], [(o.a, o.b) for o in objs])
objs[1].c = 9
print(vars(objs[1]))
# expect: A A 1 {'v': 1} False True
# expect: B B 2 ['v', 'w']
# expect: TypeError __class__ must be set to a class, not 'int' object
# expect: TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect: TypeError __class__ assignment: 'S' object layout differs from 'B'
# expect: ok A
# expect: S2 3
# expect: TypeError __class__ assignment: 'S3' object layout differs from 'S2'
# expect: TypeError can't delete __class__ attribute
# expect: ['C', 'A', 'C'] [(0, 0), (1, 2), (2, 4)]
# expect: {'a': 1, 'b': 2, 'c': 9}
