# Using an undefined name.
print("start")  # expect: start
print(undefined_variable)
# expect-exit: 1
# expect-stderr: Traceback
# expect-stderr: line 3
# expect-stderr: NameError: name 'undefined_variable' is not defined
