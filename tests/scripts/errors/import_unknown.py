# Importing a module the VM does not have.
print("before import")  # expect: before import
import nosuchmodule
# expect-exit: 1
# expect-stderr: line 3
# expect-stderr: ModuleNotFoundError: No module named 'nosuchmodule'
