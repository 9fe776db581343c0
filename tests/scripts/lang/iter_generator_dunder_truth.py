# iter() of script instances whose class's __iter__ is a script function (a generator function,
# one returning an iterator), called in line by GET_ITER (for loops, yield from, comprehensions),
# its errors as a call's; and the truth of script instances with and without __bool__ and
# __len__ (found on the class or a base).
class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
t = Tree(Tree(None, 1, None), 2, Tree(None, 3, Tree(None, 4, None)))
print(list(t), [x * 2 for x in t], sum(t), sorted(t, reverse=True), 3 in t)
for x in t:
    print("x", x)
class Sub(Tree):
    def __iter__(self):
        yield "sub"
        yield from super().__iter__()
print(list(Sub(None, 5, t)))
class TwoArgs:
    def __iter__(self, extra):
        yield extra
try:
    for x in TwoArgs():
        pass
except TypeError as e:
    print("TypeError", e)
class Defaulted:
    def __iter__(self, start=10):
        yield start
        yield start + 1
print(list(Defaulted()))
class InstanceIter:
    def __iter__(self):
        yield "class"
i = InstanceIter()
i.__iter__ = lambda: iter(["instance"])
print(list(i))
class Raises:
    def __iter__(self):
        raise ValueError("no iterating")
        yield
g = iter(Raises())
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
class Plain:
    def __iter__(self):
        return iter([7, 8])
print(list(Plain()))
class Static:
    @staticmethod
    def __iter__():
        yield 1
try:
    print(list(Static()))
except TypeError as e:
    print("TypeError", e)

class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class LenSub(WithLen):
    pass
class BoolSub(WithBool):
    def __len__(self):
        return 0
print(bool(Empty()), bool(WithLen(0)), bool(WithLen(2)), bool(WithBool(False)), bool(LenSub(0)))
print(bool(BoolSub(True)), not Empty(), "yes" if LenSub(3) else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
class Later:
    pass
x = Later()
print(bool(x))
Later.__len__ = lambda self: 0
print(bool(x))
del Later.__len__
print(bool(x))

# expect: [1, 2, 3, 4] [2, 4, 6, 8] 10 [4, 3, 2, 1] True
# expect: x 1
# expect: x 2
# expect: x 3
# expect: x 4
# expect: ['sub', 5, 1, 2, 3, 4]
# expect: TypeError TwoArgs.__iter__() missing 1 required positional argument: 'extra'
# expect: [10, 11]
# expect: ['class']
# expect: ValueError no iterating
# expect: [7, 8]
# expect: [1]
# expect: True False True False False
# expect: True False yes
# expect: TypeError __bool__ should return bool, returned int
# expect: ValueError __len__() should return >= 0
# expect: True
# expect: False
# expect: True
