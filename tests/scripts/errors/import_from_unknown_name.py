# from-importing a name a builtin module does not have.
from time import no_such_function
# expect-exit: 1
# expect-stderr: line 2
# expect-stderr: ImportError: cannot import name 'no_such_function' from 'time'
