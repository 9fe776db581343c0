# VM-only: not supported by the VM (docs/design.md §3), though valid CPython.
# A nested function that uses a local of its enclosing function would need a closure: the
# compiler rejects it at the use.
def outer():
    n = 1
    def inner():
        return n
    return inner()

print(outer())
# expect-exit: 2
# expect-stderr: closure_unsupported.py:7:
# expect-stderr: closures are not supported
