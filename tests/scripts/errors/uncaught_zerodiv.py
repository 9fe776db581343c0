# An uncaught exception: output so far is kept, a traceback goes to stderr, exit status 1.
print("before")  # expect: before
x = 10
y = 0
print(x // y)
print("never")
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: line 5
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
