# Keyword calls at one call site whose callee changes: each callee code and argument count has
# its own binding plan at the site (more codes than a site keeps plans for bind by name), the
# defaults are read from the function object at each call (one code, several functions), a bound
# method and its function at one site differ by the self, a **kwargs dict is new each call, and a
# call that does not bind gets CPython 3.11's TypeError however the site bound before. Every
# expectation is CPython 3.11's.
# args: --gil newgil
# args: --gil nogil


def ab(a, b=2):
    return ("ab", a, b)


def ba(b, a=1):
    return ("ba", a, b)


def abc(a, b, c=3):
    return ("abc", a, b, c)


def kw_only(a, *, b, c=30):
    return ("kw_only", a, b, c)


def with_rest(a, *rest, b=0, **extra):
    extra["seen" + str(len(extra))] = True  # the next call must get a dict of its own
    return ("with_rest", a, rest, b, sorted(extra))


def only_extra(**extra):
    return ("only_extra", sorted(extra.items()))


def no_b(a, c=0):
    return ("no_b", a, c)


def kw_only_required(a, *, b, d):
    return ("kw_only_required", a, b, d)


def two_required(x, y, b):
    return ("two_required", x, y, b)


def three_required(x, y, z, b=0):
    return ("three_required", x, y, z, b)


def takes_none(*, b):
    return ("takes_none", b)


def keyword_site(f):
    try:
        return f(a=10, b=20)
    except TypeError as e:
        return "TypeError: " + str(e)


def mixed_site(f, x):
    try:
        return f(x, b=20)
    except TypeError as e:
        return "TypeError: " + str(e)


callees = [ab, ba, abc, kw_only, with_rest, only_extra, no_b, kw_only_required, two_required,
           three_required, takes_none]
for round in range(2):
    for f in callees:
        print(keyword_site(f))
    for f in callees:
        print(mixed_site(f, 5))
    # Extra positional arguments for *args, extra keywords for **kwargs: bound by name each time.
    print(with_rest(1, 2, 3, b=4, z=5), with_rest(1, b=4))


def make(default):
    def scaled(x, factor=default, *, offset=default * 10):
        return x * factor + offset
    return scaled


class Counter:
    def __init__(self, start=0, *, step=1):
        self.value, self.step = start, step

    def advance(self, times=1, *, by=None):
        self.value += times * (self.step if by is None else by)
        return self.value


def call_with_keyword(f, x):
    return f(x, by=2)


def call_by_plan(f, x):
    return f(x, offset=1)


# One code, several functions: each call reads its own function's defaults.
makers = [make(1), make(2), make(3)]
print([call_by_plan(f, 5) for f in makers], [f(5, factor=0) for f in makers])
# A function and a bound method of one code at one site: the self makes one argument more.
c = Counter(10, step=3)
print(call_with_keyword(Counter.advance, c), call_with_keyword(c.advance, 1), c.advance(by=100, times=1))
print(Counter(step=2).advance(5), Counter(start=1, step=5).advance(times=2, by=1))
try:
    c.advance(self=c)
except TypeError as e:
    print(e)


def deep(n, *, limit):
    return n if n >= limit else deep(n + 1, limit=limit)


print(deep(0, limit=500))
try:
    deep(0, limit=10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)


def wide(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16=16, *, k=17):
    return a0 + a15 + a16 + k


for _ in range(2):
    print(wide(*range(16), k=1), wide(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, a15=15, a16=0))

# expect: ('ab', 10, 20)
# expect: ('ba', 10, 20)
# expect: ('abc', 10, 20, 3)
# expect: ('kw_only', 10, 20, 30)
# expect: ('with_rest', 10, (), 20, ['seen0'])
# expect: ('only_extra', [('a', 10), ('b', 20)])
# expect: TypeError: no_b() got an unexpected keyword argument 'b'
# expect: TypeError: kw_only_required() missing 1 required keyword-only argument: 'd'
# expect: TypeError: two_required() got an unexpected keyword argument 'a'
# expect: TypeError: three_required() got an unexpected keyword argument 'a'
# expect: TypeError: takes_none() got an unexpected keyword argument 'a'
# expect: ('ab', 5, 20)
# expect: TypeError: ba() got multiple values for argument 'b'
# expect: ('abc', 5, 20, 3)
# expect: ('kw_only', 5, 20, 30)
# expect: ('with_rest', 5, (), 20, ['seen0'])
# expect: TypeError: only_extra() takes 0 positional arguments but 1 was given
# expect: TypeError: no_b() got an unexpected keyword argument 'b'
# expect: TypeError: kw_only_required() missing 1 required keyword-only argument: 'd'
# expect: TypeError: two_required() missing 1 required positional argument: 'y'
# expect: TypeError: three_required() missing 2 required positional arguments: 'y' and 'z'
# expect: TypeError: takes_none() takes 0 positional arguments but 1 positional argument (and 1 keyword-only argument) were given
# expect: ('with_rest', 1, (2, 3), 4, ['seen1', 'z']) ('with_rest', 1, (), 4, ['seen0'])
# expect: ('ab', 10, 20)
# expect: ('ba', 10, 20)
# expect: ('abc', 10, 20, 3)
# expect: ('kw_only', 10, 20, 30)
# expect: ('with_rest', 10, (), 20, ['seen0'])
# expect: ('only_extra', [('a', 10), ('b', 20)])
# expect: TypeError: no_b() got an unexpected keyword argument 'b'
# expect: TypeError: kw_only_required() missing 1 required keyword-only argument: 'd'
# expect: TypeError: two_required() got an unexpected keyword argument 'a'
# expect: TypeError: three_required() got an unexpected keyword argument 'a'
# expect: TypeError: takes_none() got an unexpected keyword argument 'a'
# expect: ('ab', 5, 20)
# expect: TypeError: ba() got multiple values for argument 'b'
# expect: ('abc', 5, 20, 3)
# expect: ('kw_only', 5, 20, 30)
# expect: ('with_rest', 5, (), 20, ['seen0'])
# expect: TypeError: only_extra() takes 0 positional arguments but 1 was given
# expect: TypeError: no_b() got an unexpected keyword argument 'b'
# expect: TypeError: kw_only_required() missing 1 required keyword-only argument: 'd'
# expect: TypeError: two_required() missing 1 required positional argument: 'y'
# expect: TypeError: three_required() missing 2 required positional arguments: 'y' and 'z'
# expect: TypeError: takes_none() takes 0 positional arguments but 1 positional argument (and 1 keyword-only argument) were given
# expect: ('with_rest', 1, (2, 3), 4, ['seen1', 'z']) ('with_rest', 1, (), 4, ['seen0'])
# expect: [6, 11, 16] [10, 20, 30]
# expect: 12 14 114
# expect: 10 3
# expect: Counter.advance() got multiple values for argument 'self'
# expect: 500
# expect: RecursionError: maximum recursion depth exceeded
# expect: 32 32
# expect: 32 32


# A generator function and a class (its __init__) called with keywords, each site once per round.
def gen(a, *, step=1, stop=10):
    i = a
    while i < stop:
        yield i
        i += step


class K:
    def __init__(self, x, *, y=2):
        self.v = x * y


for r in range(3):
    print(list(gen(1, step=3)), list(gen(0, stop=3)), K(2, y=r).v, K(x=r).v)
# expect: [1, 4, 7] [0, 1, 2] 0 0
# expect: [1, 4, 7] [0, 1, 2] 2 2
# expect: [1, 4, 7] [0, 1, 2] 4 4
