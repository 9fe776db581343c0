# The builtins with one- and two-argument entries passed as values and called by natives (map,
# functools.partial): their results and raises.
import functools


class Box:
    size = 3

    def __getattr__(self, name):
        raise AttributeError("no " + name)


iterators = [iter([1, 2]), iter("ab"), iter((9,))]
print(list(map(next, iterators)))
print(list(map(next, iterators, ["x", "y", "z"])))
print(list(map(callable, [len, 1, Box])), list(next(map(iter, ["ab"]))))
print(list(map(hasattr, [Box(), "s", []], ["size", "upper", "nope"])))
print(list(map(getattr, [Box(), 5], ["size", "real"])))
try:
    list(map(getattr, [Box()], ["missing"]))
except AttributeError as e:
    print("AttributeError", e)
print([list(it) for it in sorted([iter("bc"), iter("ad")], key=next)])
print(list(map(divmod, [7, -7, 7.5], [2, 2, 2])), list(map(round, [2.5, 3.5, 2.675], [None, 0, 2])))
print(list(map(round, [0.5, 1.5])))
first = functools.partial(next, iter("xyz"))
print(first(), first(), first())
print(first("done"))
try:
    list(map(divmod, [1], [0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    functools.partial(getattr, Box())("gone")
except AttributeError as e:
    print("AttributeError", e)
print(functools.partial(getattr, Box())("gone", "fallback"), functools.partial(hasattr, Box())("x"))

def gen():
    value = yield 1
    yield value


g = gen()
print(next(g), next(g), next(g, "finished"))

# expect: [1, 'a', 9]
# expect: [2, 'b', 'z']
# expect: [True, False, True] ['a', 'b']
# expect: [True, True, False]
# expect: [3, 5]
# expect: AttributeError no missing
# expect: [['d'], ['c']]
# expect: [(3, 1), (-4, 1), (3.0, 1.5)] [2, 4.0, 2.67]
# expect: [0, 2]
# expect: x y z
# expect: done
# expect: ZeroDivisionError integer division or modulo by zero
# expect: AttributeError no gone
# expect: fallback False
# expect: 1 None finished
