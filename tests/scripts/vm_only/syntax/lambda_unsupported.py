# VM-only: not supported by the VM (docs/design.md §3), though valid CPython.
square = lambda x: x * x
# expect-exit: 2
# expect-stderr: lambda_unsupported.py:2:
# expect-stderr: not supported
