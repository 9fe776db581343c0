# Keyword arguments bound to parameters: by the interned name of the call site, by names made at
# run time (** of a dict whose keys were built by concatenation or join), to keyword-only
# parameters, next to **kwargs, and the errors (unexpected, repeated, missing). A local that is
# not a parameter is never a keyword target. Every expectation is CPython 3.11's.


def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def area(width, height=1, scale=1):
    inner = width * height
    return inner * scale


def kwonly(a, *, flag=False, mode="r"):
    return (a, flag, mode)


def rest(a, b=2, **kw):
    return (a, b, sorted(kw.items()))


def star(*args, sep="-"):
    return sep.join(str(a) for a in args)


name = "".join(["hei", "ght"])
print(area(3, height=2), area(width=4, scale=3), area(scale=2, width=5, height=7))  # expect: 6 12 70
print(area(**{name: 5, "width": 2}), area(2, **{"sc" + "ale": 10}), area(*[3], **dict(height=3)))  # expect: 10 20 9
print(kwonly(1), kwonly(1, flag=True), kwonly(a=2, mode="w"), kwonly(3, **{"mo" + "de": "x"}))  # expect: (1, False, 'r') (1, True, 'r') (2, False, 'w') (3, False, 'x')
print(rest(1), rest(1, b=5, c=6), rest(b=0, a=1, z=9, y=8), rest(1, **{"a" + "": 2} if False else {"q": 1}))  # expect: (1, 2, []) (1, 5, [('c', 6)]) (1, 0, [('y', 8), ('z', 9)]) (1, 2, [('q', 1)])
print(star(1, 2, 3), star(1, 2, sep="+"), star(sep="/"), star(*"abc", **{"s" + "ep": ""}))  # expect: 1-2-3 1+2  abc
print(err(lambda: area(3, inner=2)), err(lambda: area(3, width=2)), err(lambda: area(height=2)))  # expect: TypeError: area() got an unexpected keyword argument 'inner' TypeError: area() got multiple values for argument 'width' TypeError: area() missing 1 required positional argument: 'width'
print(err(lambda: kwonly(1, 2)), err(lambda: kwonly(1, flag=1, **{"fl" + "ag": 2})), err(lambda: kwonly(1, bogus=1)))  # expect: TypeError: kwonly() takes 1 positional argument but 2 were given TypeError: __main__.kwonly() got multiple values for keyword argument 'flag' TypeError: kwonly() got an unexpected keyword argument 'bogus'
print(err(lambda: rest(1, a=2)), err(lambda: area(**{name: 1})), err(lambda: area(1, **{"w" + "idth": 1})))  # expect: TypeError: rest() got multiple values for argument 'a' TypeError: area() missing 1 required positional argument: 'width' TypeError: area() got multiple values for argument 'width'


class Shape:
    def __init__(self, w, h=1, *, name="shape"):
        self.w, self.h, self.name = w, h, name

    def scaled(self, factor=1, *, round_to=None):
        v = self.w * self.h * factor
        return round(v, round_to) if round_to is not None else v


s = Shape(2, h=3, name="box")
print(s.name, s.scaled(factor=2), s.scaled(1.5, round_to=1), Shape(w=1).scaled(), Shape(**{"w": 4, "na" + "me": "n"}).name)  # expect: box 12 9.0 1 n
print(err(lambda: Shape(1, name="a", **{"name": "b"})), err(lambda: s.scaled(factor=1, factr=2)))  # expect: TypeError: __main__.Shape() got multiple values for keyword argument 'name' TypeError: Shape.scaled() got an unexpected keyword argument 'factr'
total = 0
for i in range(1000):
    total += area(i, height=2) + area(width=i, scale=3) + kwonly(i, flag=True)[0]
print(total)  # expect: 2997000
