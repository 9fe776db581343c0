# An error inside a list comprehension: the traceback shows the comprehension's own frame, named
# <listcomp>, below the function's, as CPython 3.11 does.
def failing(values):
    return [1 // (v - 2)
            for v in values]


print(failing([0, 1]))  # expect: [-1, -1]
print(failing(range(4)))
# expect-exit: 1
# expect-stderr: line 4, in failing
# expect-stderr: line 4, in <listcomp>
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
