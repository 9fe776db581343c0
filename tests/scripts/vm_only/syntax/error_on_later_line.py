# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
# The line and column of an error deep in a file; nothing before it runs.
def ok(n):
    return n + 1

print(ok(1))
total = 0
for i in range(3):
    total += i
print(total +)
# expect-exit: 2
# expect-stderr: error_on_later_line.py:10:14:
# expect-stderr: invalid syntax
