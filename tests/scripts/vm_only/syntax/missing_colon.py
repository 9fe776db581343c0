# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
# Syntax errors are reported as PATH:LINE:COL: message (1-based column), exit status 2, and
# nothing runs: the whole module is compiled first.
print("never")
if True
    print("never either")
# expect-exit: 2
# expect-stderr: missing_colon.py:5:8:
# expect-stderr: expected ':'
