# VM-only: an uncaught OverflowError ends the program like any exception (exit status 1).
n = 1
for i in range(70):
    n = n * 2
print(n)
# expect-exit: 1
# expect-stderr: Traceback
# expect-stderr: line 4
# expect-stderr: OverflowError
