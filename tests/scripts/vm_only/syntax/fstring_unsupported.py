# VM-only: not supported by the VM (docs/design.md §3), though valid CPython.
name = "x"
print(f"hello {name}")
# expect-exit: 2
# expect-stderr: fstring_unsupported.py:3:
# expect-stderr: not supported
