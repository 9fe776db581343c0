# VM-only: a syntax error; CPython reports it differently (its exit status is 1, not 2).
x = 1
s = "no end
print(s)
# expect-exit: 2
# expect-stderr: unterminated_string.py:3:5:
# expect-stderr: unterminated string literal
