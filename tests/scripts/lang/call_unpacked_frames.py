# args: --gil newgil
# args: --gil nogil
# f(*args, **kwargs) of script functions and methods: binding, errors and messages as CPython's.
import functools

def show(*args, **kwargs):
    return (args, sorted(kwargs.items()))

def three(a, b, c=3, *, d=4):
    return (a, b, c, d)

def log_calls(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return ("wrapped", f(*args, **kwargs))
    return wrapper

@log_calls
def add(a, b=10):
    return a + b

print(add(1), add(1, 2), add(a=5), add(1, b=7), add.__name__)
print(three(*(1, 2)), three(*[1, 2, 5]), three(*(1,), **{"b": 2, "d": 9}), three(**{"a": 0, "b": 1}))
print(show(*(), **{}), show(*[1, 2], **{"x": 1}), show(*range(3)), show(*"ab", **dict(k=1)))

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, *words, sep=" "):
        return sep.join((self.name,) + words)
    def plain(self, a, b):
        return self.name + a + b

g = Greeter("bob")
m = g.greet
print(m(*("hi", "there")), m(*["x"], **{"sep": "-"}), g.plain(*("1", "2")))
args = ["1", "2"]
print(g.plain(*args), Greeter.plain(g, *args))

def gen(*xs):
    for x in xs:
        yield x * 2
print(list(gen(*[1, 2, 3])))
print(Greeter(*["amy"]).name, dict(*[[("a", 1)]], **{"b": 2}))

for call in [
    lambda: three(*(1,)),
    lambda: three(*(1, 2, 3, 4)),
    lambda: three(*(1, 2), **{"a": 1}),
    lambda: three(*(1, 2), **{"e": 1}),
    lambda: three(*(1, 2), **{1: 2}),
    lambda: add(*(1, 2, 3)),
    lambda: g.plain(*("a",)),
    lambda: three(*5),
    lambda: three(**[1]),
    lambda: show(*(1,), **{"a": 1}, a=2),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def deep(n, *rest, **named):
    return deep(n + 1, *rest, **named)
try:
    deep(0, 1, 2, k=3)
except RecursionError:
    print("RecursionError")

def raiser(*a, **k):
    raise ValueError(a, sorted(k))
def outer(*a, **k):
    try:
        return raiser(*a, **k)
    except ValueError as e:
        return "caught " + repr(e.args)
print(outer(1, 2, z=3))

# The keywords dict changes between calls; the callee gets its own copy each time.
def take(**kw):
    kw["added"] = True
    return len(kw)
d = {"x": 1}
print(take(**d), take(**d), d)
t = (1, 2)
def keep(*a):
    return a
print(keep(*t) == t, keep(*t) is t or True)
# expect: ('wrapped', 11) ('wrapped', 3) ('wrapped', 15) ('wrapped', 8) add
# expect: (1, 2, 3, 4) (1, 2, 5, 4) (1, 2, 3, 9) (0, 1, 3, 4)
# expect: ((), []) ((1, 2), [('x', 1)]) ((0, 1, 2), []) (('a', 'b'), [('k', 1)])
# expect: bob hi there bob-x bob12
# expect: bob12 bob12
# expect: [2, 4, 6]
# expect: amy {'a': 1, 'b': 2}
# expect: TypeError: three() missing 1 required positional argument: 'b'
# expect: TypeError: three() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError: three() got multiple values for argument 'a'
# expect: TypeError: three() got an unexpected keyword argument 'e'
# expect: TypeError: keywords must be strings
# expect: TypeError: add() takes from 1 to 2 positional arguments but 3 were given
# expect: TypeError: Greeter.plain() missing 1 required positional argument: 'b'
# expect: TypeError: __main__.three() argument after * must be an iterable, not int
# expect: TypeError: __main__.three() argument after ** must be a mapping, not list
# expect: TypeError: __main__.show() got multiple values for keyword argument 'a'
# expect: RecursionError
# expect: caught ((1, 2), ['z'])
# expect: 2 2 {'x': 1}
# expect: True True
