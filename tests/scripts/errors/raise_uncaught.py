# An explicitly raised exception that nobody catches.
def check(n):
    if n > 2:
        raise ValueError("n is too big: %d" % n)
    return n

print(check(1))  # expect: 1
print(check(3))
# expect-exit: 1
# expect-stderr: line 8, in <module>
# expect-stderr: line 4, in check
# expect-stderr: ValueError: n is too big: 3
