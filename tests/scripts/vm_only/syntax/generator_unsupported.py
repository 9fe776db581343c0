# VM-only: not supported by the VM (docs/design.md §3), though valid CPython.
def gen():
    yield 1
# expect-exit: 2
# expect-stderr: generator_unsupported.py:3:
# expect-stderr: not supported
