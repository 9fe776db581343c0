# The traceback lists every frame, outermost first, with line numbers and function names.
def inner(n):
    return 100 // n

def outer(n):
    return inner(n - 1) + 1

print(outer(1))
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: line 8, in <module>
# expect-stderr: line 6, in outer
# expect-stderr: line 3, in inner
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
