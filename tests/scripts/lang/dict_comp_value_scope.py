# A dict comprehension's value is part of the comprehension's scope: names of the enclosing function
# in it (directly, in a nested comprehension or a lambda) are its free variables. Before, only the
# key was analyzed: the value's names were taken as globals, and a nested comprehension there
# crashed the compiler (unordered_map::at).
def f(ws):
    m = {0: 'a'}
    k = 10
    a = {w: [m.get(x) for x in range(w)] for w in ws}
    b = {w: k + w for w in ws}
    c = {w: (lambda: k * w)() for w in ws}
    def inner():
        return {x: k - x for x in ws}
    d = {w: {v: k for v in range(w)} for w in ws}
    return a, b, c, inner(), d
print(f([1, 2]))
def g():
    total = 0
    def add():
        nonlocal total
        total += 1
        return total
    return {i: add() for i in range(3)}
print(g())

# expect: ({1: ['a'], 2: ['a', None]}, {1: 11, 2: 12}, {1: 10, 2: 20}, {1: 9, 2: 8}, {1: {0: 10}, 2: {0: 10, 1: 10}})
# expect: {0: 1, 1: 2, 2: 3}
