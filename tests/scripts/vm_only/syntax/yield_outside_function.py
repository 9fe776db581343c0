# VM-only (CPython's syntax errors print differently): `yield` at module level.
print("never runs")
yield 1
# expect-exit: 2
# expect-stderr: yield_outside_function.py:3:1: 'yield' outside function
