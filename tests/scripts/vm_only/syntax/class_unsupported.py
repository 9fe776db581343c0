# VM-only: not supported by the VM (docs/design.md §3), though valid CPython.
# Unsupported syntax is a syntax error on its line (exit status 2), never a crash.
class Point:
    pass
# expect-exit: 2
# expect-stderr: class_unsupported.py:3:
# expect-stderr: not supported
