# Adding an int and a str.
x = 1 + "a"
# expect-exit: 1
# expect-stderr: Traceback
# expect-stderr: line 2
# expect-stderr: TypeError: unsupported operand type(s) for +: 'int' and 'str'
