# *args, **kwargs, keyword-only parameters, unpacking in calls and in assignments.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))

print(f(1, c=3))  # expect: (1, 2, (), 3, 4, [])
print(f(1, 5, 6, 7, c=8, e=9, d=0, z=1))  # expect: (1, 5, (6, 7), 8, 0, [('e', 9), ('z', 1)])

def total(*numbers):
    result = 0
    for n in numbers:
        result += n
    return result

print(total(), total(1, 2, 3), total(*[4, 5], 6, *(7,)))  # expect: 0 6 22

def describe(name, **details):
    return name + ": " + ", ".join([k + "=" + str(v) for k, v in details.items()])

print(describe("job", cpu=2, gil="newgil"))  # expect: job: cpu=2, gil=newgil
options = {"gil": "nogil", "threads": 4}
print(describe("run", **options), describe(**{"name": "x", "k": 1}))  # expect: run: gil=nogil, threads=4 x: k=1

def kwonly(*, verbose=False, level):
    return verbose, level

print(kwonly(level=3), kwonly(verbose=True, level=1))  # expect: (False, 3) (True, 1)

# The decorator every tutorial writes: wrapper(*args, **kwargs) passes everything through.
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def power(base, exponent=2):
    return base ** exponent

print(power(3), power(2, exponent=10))
# expect: calling power (3,) {}
# expect: calling power (2,) {'exponent': 10}
# expect: 9 1024

print(*[1, 2, 3], sep="-")  # expect: 1-2-3
args = (1, 2)
print(f(*args, c=0, **{"x": 1}))  # expect: (1, 2, (), 0, 4, [('x', 1)])

# Methods with *args and keyword-only parameters.
class Recorder:
    def __init__(self, *items, limit=10):
        self.items = list(items)[:limit]

    def add(self, *more, **named):
        self.items.extend(more)
        self.items.extend(sorted(named))
        return len(self.items)

r = Recorder(1, 2, 3, limit=2)
print(r.items, r.add(7, 8, z=1, a=2), r.items)  # expect: [1, 2, 7, 8, 'a', 'z'] 6 [1, 2, 7, 8, 'a', 'z']

# Lambdas take the same parameter forms.
pack = lambda *xs, **kw: (xs, kw)
print(pack(1, y=2))  # expect: ((1,), {'y': 2})

# Unpacking in assignments.
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
head, *middle, tail = range(5)
a, *empty, b = (1, 2)
print(first, rest, init, last, head, middle, tail, empty)  # expect: 1 [2, 3, 4] ['a', 'b'] c 0 [1, 2, 3] 4 []
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)  # expect: 1 [2, 3]
    # expect: 4 []
