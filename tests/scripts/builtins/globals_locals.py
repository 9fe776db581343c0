# globals() and locals(): the module's globals and a function's variables as dicts.
counter = 10
name = "module"


def show():
    g = globals()
    return g["counter"], "name" in g, "show" in g, "nope" in g


print(show())  # expect: (10, True, True, False)
print(type(globals()).__name__, globals()["__name__"])  # expect: dict __main__
print(sorted(k for k in globals() if not k.startswith("__")))  # expect: ['counter', 'name', 'show']
print(locals()["counter"], locals()["name"])  # expect: 10 module
counter = 11
print(globals()["counter"])  # expect: 11


def inner_locals(a, b=2, *rest, **options):
    c = a + b
    unset_until_later = None
    del unset_until_later

    def closure():
        return c

    found = locals()
    return sorted(found), found["c"], found["options"], found["rest"], closure()


print(inner_locals(1, rest=3))  # expect: (['a', 'b', 'c', 'closure', 'options', 'rest'], 3, {'rest': 3}, (), 3)


def uses_free():
    x = 5

    def f():
        y = x + 1
        return sorted(locals())

    return f()


print(uses_free())  # expect: ['x', 'y']


def before_assignment():
    seen = sorted(locals())
    later = 1
    return seen, later


print(before_assignment())  # expect: ([], 1)
