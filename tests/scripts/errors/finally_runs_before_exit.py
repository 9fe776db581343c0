# finally blocks run while an uncaught exception unwinds.
def f():
    try:
        return 1 // 0
    finally:
        print("cleanup")  # expect: cleanup

f()
# expect-exit: 1
# expect-stderr: ZeroDivisionError
