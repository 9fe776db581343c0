# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
x = 1
    y = 2
# expect-exit: 2
# expect-stderr: unexpected_indent.py:3:5:
# expect-stderr: unexpected indent
