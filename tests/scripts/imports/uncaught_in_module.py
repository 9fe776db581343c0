# An exception raised by an imported module's code: the traceback names its file and line.
print("before")  # expect: before
import _fails  # expect: running _fails
# expect-exit: 1
# expect-stderr: uncaught_in_module.py", line 3, in <module>
# expect-stderr: _fails.py", line 3, in <module>
# expect-stderr: ValueError: from _fails
