# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
x = (1 +
     2
y = 3
# expect-exit: 2
# expect-stderr: unclosed_paren.py:2:5:
# expect-stderr: '(' was never closed
