# Four calls from the same line: three are shown and the fourth is counted ("1 more time"); the
# line that raised is shown after them.
def countdown(n):
    if n == 0:
        raise KeyError(n)
    countdown(n - 1)


countdown(4)
# expect-exit: 1
# expect-stderr: line 6, in countdown
# expect-stderr: [Previous line repeated 1 more time]
# expect-stderr: line 5, in countdown
# expect-stderr: KeyError: 0
