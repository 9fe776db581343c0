# VM-only: a source file that is not UTF-8 is a syntax error naming the byte and the line, as
# CPython says it (its exit status is 1, not 2). Nothing runs.
print("ran")
print("aÿb")
# expect-exit: 2
# expect-stderr: invalid_utf8.py:4:1: Non-UTF-8 code starting with '\xff' in file
# expect-stderr: on line 4, but no encoding declared
