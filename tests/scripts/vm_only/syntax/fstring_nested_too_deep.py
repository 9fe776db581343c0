# VM-only: a syntax error in an f-string; the message is CPython 3.11's, the exit status the VM's.
x = 1
print(f"{x:{x:{x}}}")
# expect-exit: 2
# expect-stderr: fstring_nested_too_deep.py:3:
# expect-stderr: f-string: expressions nested too deeply
