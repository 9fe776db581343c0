# Unpacking in displays (PEP 448): [*a, b], (*a, b), {*a, b}, {**m, k: v}, in order, with the
# errors CPython 3.11 gives for what cannot be unpacked.
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


a = [1, 2]
s = "xy"
print([*a, 3, *s, *range(2)], [*a], [*()], [0, *a, *a])
# expect: [1, 2, 3, 'x', 'y', 0, 1] [1, 2] [] [0, 1, 2, 1, 2]
print((*a, 3), (*s,), (*a, *(4, 5)), type((*a,)).__name__)
# expect: (1, 2, 3) ('x', 'y') (1, 2, 4, 5) tuple
print(sorted({*a, 3, *a}), {*()}, sorted({*"aab"}), type({*a}).__name__)
# expect: [1, 2, 3] set() ['a', 'b'] set
m = {"k": 1, "j": 2}
print({**m}, {**m, "k": 3}, {"k": 0, **m}, {**m, **{"z": 9}, "j": 7}, {**{}})
# expect: {'k': 1, 'j': 2} {'k': 3, 'j': 2} {'k': 1, 'j': 2} {'k': 1, 'j': 7, 'z': 9} {}
print({**{1: "a"}, 1.0: "b", True: "c"}, {**dict(x=1), "y": 2})
# expect: {1: 'c'} {'x': 1, 'y': 2}
print([*(i * i for i in range(4))], {*map(abs, [-1, 1, -2])}, [*{"p": 1, "q": 2}])
# expect: [0, 1, 4, 9] {1, 2} ['p', 'q']
print(err(lambda: [*1]), err(lambda: (*1,)), err(lambda: {*1}), err(lambda: {**1}))
# expect: TypeError: Value after * must be an iterable, not int TypeError: Value after * must be an iterable, not int TypeError: 'int' object is not iterable TypeError: 'int' object is not a mapping
print(err(lambda: {**[("a", 1)]}), err(lambda: [*None, 1]))
# expect: TypeError: 'list' object is not a mapping TypeError: Value after * must be an iterable, not NoneType


def gen():
    yield 1
    yield 2


print([*gen(), *gen()], max(*a, *[7]), (lambda *args: args)(*a, *s))
# expect: [1, 2, 1, 2] 7 (1, 2, 'x', 'y')
order = []


def note(tag, value):
    order.append(tag)
    return value


print([note("a", 1), *note("b", [2]), note("c", 3)], {note("d", 1): note("e", 2), **note("f", {})}, order)
# expect: [1, 2, 3] {1: 2} ['a', 'b', 'c', 'd', 'e', 'f']
t = 1, *a
print(t)
# expect: (1, 1, 2)
for x in *a, 9:
    print(x)
# expect: 1
# expect: 2
# expect: 9
