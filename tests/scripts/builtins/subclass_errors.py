# Errors of list and dict subclasses and of the builtin methods called on the wrong receiver, as
# CPython words them; __class__ assigned between subclasses of the same builtin type.
class L(list):
    pass
class D(dict):
    pass
for f in (lambda: L(1, 2), lambda: L(5), lambda: D(1, 2), lambda: D(5), lambda: L(x=1), lambda: list.__init__(5), lambda: dict.__setitem__(L(), 1, 2), lambda: L().nope, lambda: D()["k"], lambda: setattr(D(), "__class__", L)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = L([1, 2])
l.__init__([3])
print(l, L.append, D.keys)
m = L([4])
class L2(list):
    def __repr__(self):
        return "L2"
m.__class__ = L2
print(m, type(m).__name__, isinstance(m, L), list.__setitem__)

# The expected output (CPython 3.11):
# expect: TypeError: list expected at most 1 argument, got 2
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: dict expected at most 1 argument, got 2
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: list() takes no keyword arguments
# expect: TypeError: descriptor '__init__' requires a 'list' object but received a 'int'
# expect: TypeError: descriptor '__setitem__' requires a 'dict' object but received a 'L'
# expect: AttributeError: 'L' object has no attribute 'nope'
# expect: KeyError: 'k'
# expect: TypeError: __class__ assignment: 'L' object layout differs from 'D'
# expect: [3] <method 'append' of 'list' objects> <method 'keys' of 'dict' objects>
# expect: L2 L2 False <slot wrapper '__setitem__' of 'list' objects>
