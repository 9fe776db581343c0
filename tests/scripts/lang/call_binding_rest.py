# Binding of calls to functions with defaults, *args, **kwargs and keyword-only parameters.
def f(a, b=2, *args, **kw):
    return (a, b, args, sorted(kw.items()))
def k(a, b=5, *rest, c, d=4):
    return (a, b, rest, c, d)
def kd(a, *, c=3, d=4):
    return (a, c, d)
def kr(a=1, *rest, c=3):
    return (a, rest, c)
def po(a, b=2, /, *args, **kw):
    return (a, b, args, sorted(kw.items()))
def g(x, y, z=1):
    return x * y - z
def h(*args):
    return args
def w(**kw):
    return sorted(kw.items())

print(f(1))
print(f(1, 3))
print(f(1, 3, 4, 5))
print(f(1, 3, 4, 5, k=1))
print(f(1, k=1, b=7))
print(f(b=9, a=8))
print(kd(1))
print(kd(1, d=0))
print(kr())
print(kr(5, 6, 7))
print(kr(5, 6, 7, c=0))
print(k(1, c=2))
print(k(1, 2, 3, 4, c=2, d=9))
print(po(1))
print(po(1, 2, 3, a=4, b=5))
print(h())
print(h(1, 2, 3))
print(w(), w(a=1, b=2))
args = (5, 6)
print(g(*args), g(*[1, 2, 3]), g(*(i for i in range(2, 4))))
opts = {"z": 2}
print(g(1, 1, **opts), g(*args, **opts), g(**{"x": 2, "y": 3}))
print(f(*range(4), **{"q": 1}))
print(kd(*[1], **{"c": 9}))
print(f(1, *[2, 3], 4, **opts), f(0, 1, *(), k=2), h(1, 2, *[3], *(4,)), w(**opts, y=1))
print(h(7, *[8]), f(a=5, **opts))
for call in [lambda: f(),
             lambda: f(1, a=2),
             lambda: g(1),
             lambda: g(1, 2, 3, 4),
             lambda: g(1, 2, q=3),
             lambda: g(1, 2, z=3, **{"z": 4}),
             lambda: k(1),
             lambda: k(1, 2, 3),
             lambda: kd(1, 2),
             lambda: kd(),
             lambda: kr(1, 2, d=3),
             lambda: po(a=1),
             lambda: g(*[1], **{1: 2}),
             lambda: f(1, **{1: 2}),
             lambda: w(**{"a": 1}, a=2),
             lambda: h(**{"a": 1}),
             lambda: g(*5),
             lambda: g(**[1])]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def gen_args():
    yield 1
    yield 2
print(f(*gen_args()), h(*gen_args(), *gen_args()))
# Many calls through the same sites: the defaults read at each call.
t = 0
for i in range(50):
    t += f(i)[1] + len(f(i, 3, 4, 5, k=1)[2]) + g(y=i, x=1, z=3) + g(i, 1, **opts) + kr(i)[2]
print(t)

# expect: (1, 2, (), [])
# expect: (1, 3, (), [])
# expect: (1, 3, (4, 5), [])
# expect: (1, 3, (4, 5), [('k', 1)])
# expect: (1, 7, (), [('k', 1)])
# expect: (8, 9, (), [])
# expect: (1, 3, 4)
# expect: (1, 3, 0)
# expect: (1, (), 3)
# expect: (5, (6, 7), 3)
# expect: (5, (6, 7), 0)
# expect: (1, 5, (), 2, 4)
# expect: (1, 2, (3, 4), 2, 9)
# expect: (1, 2, (), [])
# expect: (1, 2, (3,), [('a', 4), ('b', 5)])
# expect: ()
# expect: (1, 2, 3)
# expect: [] [('a', 1), ('b', 2)]
# expect: 29 -1 5
# expect: -1 28 5
# expect: (0, 1, (2, 3), [('q', 1)])
# expect: (1, 9, 4)
# expect: (1, 2, (3, 4), [('z', 2)]) (0, 1, (), [('k', 2)]) (1, 2, 3, 4) [('y', 1), ('z', 2)]
# expect: (7, 8) (5, 2, (), [('z', 2)])
# expect: TypeError: f() missing 1 required positional argument: 'a'
# expect: TypeError: f() got multiple values for argument 'a'
# expect: TypeError: g() missing 1 required positional argument: 'y'
# expect: TypeError: g() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError: g() got an unexpected keyword argument 'q'
# expect: TypeError: __main__.g() got multiple values for keyword argument 'z'
# expect: TypeError: k() missing 1 required keyword-only argument: 'c'
# expect: TypeError: k() missing 1 required keyword-only argument: 'c'
# expect: TypeError: kd() takes 1 positional argument but 2 were given
# expect: TypeError: kd() missing 1 required positional argument: 'a'
# expect: TypeError: kr() got an unexpected keyword argument 'd'
# expect: TypeError: po() missing 1 required positional argument: 'a'
# expect: TypeError: keywords must be strings
# expect: TypeError: keywords must be strings
# expect: TypeError: __main__.w() got multiple values for keyword argument 'a'
# expect: TypeError: h() got an unexpected keyword argument 'a'
# expect: TypeError: __main__.g() argument after * must be an iterable, not int
# expect: TypeError: __main__.g() argument after ** must be a mapping, not list
# expect: (1, 2, (), []) (1, 2, 1, 2)
# expect: 2550
