# VM-only: a syntax error in an f-string; the message is CPython 3.11's, the exit status the VM's.
x = 1
print(f"{x!z}")
# expect-exit: 2
# expect-stderr: fstring_bad_conversion.py:3:
# expect-stderr: f-string: invalid conversion character: expected 's', 'r', or 'a'
