# types and timeit (vm/modules/lib): the types of the interpreter's objects, SimpleNamespace as
# CPython's; timeit running callables `number` times, with a clear error for statement strings
import sys
import types
import timeit
from types import SimpleNamespace

def f():
    return 1
def gen():
    yield 1
class K:
    def m(self):
        return 2
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance(None, types.NoneType), types.NoneType.__name__, isinstance(K, types.FunctionType), isinstance(f, types.MethodType))
ns = SimpleNamespace(x=1, y='two', z=[3])
print(ns, ns.x, ns.y)
ns.w = 4.5
del ns.x
print(ns, vars(ns), SimpleNamespace(), repr(SimpleNamespace(a=SimpleNamespace(b=1))))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2), SimpleNamespace(a=1) != SimpleNamespace(a=1))
print(SimpleNamespace(a=1) == 1, isinstance(ns, SimpleNamespace))
class Sub(SimpleNamespace):
    pass
print(Sub(q=1), Sub(q=1) == SimpleNamespace(q=1))
for bad in [lambda: SimpleNamespace(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
calls = []
def work():
    calls.append(1)
setups = []
t = timeit.Timer(work, setup=lambda: setups.append(1))
elapsed = t.timeit(number=1000)
print(type(elapsed).__name__, elapsed >= 0, len(calls), len(setups))
runs = t.repeat(repeat=3, number=10)
print(len(runs), all(r >= 0 for r in runs), len(calls), len(setups))
print(timeit.timeit(work, number=5) >= 0, len(calls), len(timeit.repeat(work, number=2, repeat=4)), len(calls))
print(timeit.timeit('pass', number=100) >= 0, timeit.default_timer() > 0, timeit.timeit(number=10) >= 0)
clock = [0]
def tick():
    clock[0] += 1
fake = lambda: clock[0] / 1024
number, taken = timeit.Timer(tick, timer=fake).autorange()
print(number, taken)
seen = []
timeit.Timer(tick, timer=fake).autorange(lambda n, t: seen.append((n, t)))
print(seen)
for bad in [lambda: timeit.Timer(42), lambda: timeit.Timer(work, setup=3)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', str(e).split(':')[0])

# expect: True True True
# expect: True True True
# expect: True NoneType False False
# expect: namespace(x=1, y='two', z=[3]) 1 two
# expect: namespace(y='two', z=[3], w=4.5) {'y': 'two', 'z': [3], 'w': 4.5} namespace() namespace(a=namespace(b=1))
# expect: True False False
# expect: False True
# expect: Sub(q=1) True
# expect: TypeError no positional arguments expected
# expect: float True 1000 1
# expect: 3 True 1030 4
# expect: True 1035 4 1043
# expect: True True True
# expect: 500 0.48828125
# expect: [(1, 0.0009765625), (2, 0.001953125), (5, 0.0048828125), (10, 0.009765625), (20, 0.01953125), (50, 0.048828125), (100, 0.09765625), (200, 0.1953125), (500, 0.48828125)]
# expect: ValueError stmt is neither a string nor callable
# expect: ValueError setup is neither a string nor callable
