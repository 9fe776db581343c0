# functools.partial (native, as CPython's _functools): attributes, repr, keyword merging, nested
# partials flattened, errors; reduce's arguments and errors. Against python3.11's output.
# args: --gil newgil
# args: --gil nogil
import functools
from functools import partial, reduce


def add(a, b, c=0):
    return a + b + c


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


p = partial(add, 1)
print(p(2), p(2, 3), p(2, c=10), p.func is add, p.args, p.keywords)
print(repr(p).startswith("functools.partial(<function add at 0x"), repr(p).endswith(", 1)"))
print(repr(partial(show, 1, "x", k=[2])).split(">", 1)[1])
print(isinstance(p, partial), isinstance(add, partial), callable(p))

# Keyword merging: the call's keywords win over the stored ones; the stored dict is not changed.
q = partial(show, 1, x=1, y=2)
print(q(2, y=3, z=4), q.keywords, q())

# A partial of a partial is flattened: its func is the innermost function.
nested = partial(partial(show, 1, x=1), 2, x=5, w=0)
print(nested.func is show, nested.args, sorted(nested.keywords.items()), nested(3))
# ... unless the inner one has attributes of its own.
inner = partial(show, 1)
inner.note = "kept"
outer = partial(inner, 2)
print(outer.func is inner, outer.args, outer(), inner.note)

# Many arguments (more than fit the call's stack buffer).
many = partial(show, *range(6))
print(many(*range(6, 12)))
print(partial(add)(1, 2), partial(add, 1, 2, 3)())

# Errors.
for args in [(), (1,), ("not callable", 2)]:
    try:
        partial(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    p.func = max
except AttributeError as e:
    print("AttributeError:", e)
try:
    partial(add, 1, 2, 3)(4)
except TypeError as e:
    print("TypeError:", e)


def boom(x):
    raise ValueError("boom " + str(x))


try:
    partial(boom, 7)()
except ValueError as e:
    print("ValueError:", e)

# A partial as a class attribute does not bind (as CPython's).
class Box:
    get = partial(show, "bound?")

print(Box().get(1))

# reduce
print(reduce(add, [1, 2, 3]), reduce(add, [], 5), reduce(add, range(5), 100), reduce(add, ["a"]))
print(reduce(lambda acc, x: acc + [x * 2], (1, 2, 3), []))
for args in [(add, []), (add,), (add, [1], 2, 3), (add, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(add, [1], initial=2)
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: boom(a + b), [1, 2])
except ValueError as e:
    print("ValueError:", e)
print(functools.reduce is reduce, functools.partial is partial)

# p.keywords is the partial's own dict: changing it changes later calls.
r = partial(add, c=1)
print(r(1, 2), repr(r).split(">", 1)[1])
r.keywords["c"] = 100
print(r(1, 2), r(1, 2, c=5), partial(add, **{"b": 2})(1, c=3))
r.keywords[1] = 2
try:
    r(1, 2)
except TypeError as e:
    print("TypeError:", e)
empty = partial(add, 1, 2)
print(empty.keywords, empty(), empty(c=4))
empty.keywords["c"] = 7
print(empty(), empty.keywords)

# python3.11's output:
# expect: 3 6 13 True (1,) {}
# expect: True True
# expect: , 1, 'x', k=[2])
# expect: True False True
# expect: ((1, 2), [('x', 1), ('y', 3), ('z', 4)]) {'x': 1, 'y': 2} ((1,), [('x', 1), ('y', 2)])
# expect: True (1, 2) [('w', 0), ('x', 5)] ((1, 2, 3), [('w', 0), ('x', 5)])
# expect: True (2,) ((1, 2), []) kept
# expect: ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), [])
# expect: 3 6
# expect: TypeError: type 'partial' takes at least one argument
# expect: TypeError: the first argument must be callable
# expect: TypeError: the first argument must be callable
# expect: AttributeError: readonly attribute
# expect: TypeError: add() takes from 2 to 3 positional arguments but 4 were given
# expect: ValueError: boom 7
# expect: (('bound?', 1), [])
# expect: 6 5 110 a
# expect: [2, 4, 6]
# expect: TypeError: reduce() of empty iterable with no initial value
# expect: TypeError: reduce expected at least 2 arguments, got 1
# expect: TypeError: reduce expected at most 3 arguments, got 4
# expect: TypeError: reduce() arg 2 must support iteration
# expect: TypeError: reduce() takes no keyword arguments
# expect: ValueError: boom 3
# expect: True True
# expect: 4 , c=1)
# expect: 103 8 6
# expect: TypeError: keywords must be strings
# expect: {} 3 7
# expect: 10 {'c': 7}
