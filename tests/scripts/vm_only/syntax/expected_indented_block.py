# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
def f():
return 1
# expect-exit: 2
# expect-stderr: expected_indented_block.py:3:1:
# expect-stderr: expected an indented block
