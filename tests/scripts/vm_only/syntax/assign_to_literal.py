# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
1 = x
# expect-exit: 2
# expect-stderr: assign_to_literal.py:2:1:
# expect-stderr: cannot assign to literal
