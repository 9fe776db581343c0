# VM-only (CPython's syntax errors print differently): `yield` in a comprehension, whose body is
# a function of its own; CPython 3.11 says the same words.
def f(xs):
    return [(yield x) for x in xs]
# expect-exit: 2
# expect-stderr: yield_in_comprehension.py:4:14: 'yield' inside list comprehension
