# A traceback through a recursion shows a repeated line three times, then how many more times it
# was repeated, as CPython's: not a thousand lines.
def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    countdown(n - 1)


def forever(n):
    return forever(n + 1)


try:
    countdown(4)
except ValueError:
    print("caught")
forever(0)
# expect: caught
# expect-exit: 1
# expect-stderr: line 17, in <module>
# expect-stderr: line 10, in forever
# expect-stderr: [Previous line repeated 996 more times]
# expect-stderr: RecursionError: maximum recursion depth exceeded
