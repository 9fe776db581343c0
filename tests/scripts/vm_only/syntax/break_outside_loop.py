# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
break
# expect-exit: 2
# expect-stderr: break_outside_loop.py:2:1:
# expect-stderr: 'break' outside loop
