# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
x = 1 + / 2
# expect-exit: 2
# expect-stderr: bad_operator.py:2:9:
# expect-stderr: invalid syntax
