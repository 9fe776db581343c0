# A second `/` in a parameter list is a SyntaxError naming the place (exit status 2, as for every
# SyntaxError gilvm finds before running), with CPython's message (`/` after
# `*`, before any parameter, or before a parameter without a default after one with a default
# are too; the parser checks each).
print("never runs")
def f(a, /, b, /):
    pass
# expect-exit: 2
# expect-stderr: :6:16:
# expect-stderr: / may appear only once
