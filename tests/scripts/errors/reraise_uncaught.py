# A handler that re-raises: the exception still ends the program.
try:
    [][0]
except IndexError:
    print("handler ran")  # expect: handler ran
    raise
# expect-exit: 1
# expect-stderr: line 3
# expect-stderr: IndexError: list index out of range
