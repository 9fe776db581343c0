# VM-only: a syntax error in an f-string; the message is CPython 3.11's, the exit status the VM's.
x = 1
print(f"a } b")
# expect-exit: 2
# expect-stderr: fstring_single_close.py:3:
# expect-stderr: f-string: single '}' is not allowed
