# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
return 5
# expect-exit: 2
# expect-stderr: return_outside_function.py:2:1:
# expect-stderr: 'return' outside function
