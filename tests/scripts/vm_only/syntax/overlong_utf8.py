# VM-only: overlong and surrogate encodings are not UTF-8 either.
x = "À¯"
# expect-exit: 2
# expect-stderr: Non-UTF-8 code starting with '\xc0'
