# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
if True:
        x = 1
    y = 2
# expect-exit: 2
# expect-stderr: unindent_mismatch.py:4:
# expect-stderr: unindent does not match any outer indentation level
