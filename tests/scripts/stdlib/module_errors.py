# Errors of the modules written in Python: their tracebacks name the module as CPython names a
# frozen one, what they raise can be caught as usual, and an unknown module is still
# ModuleNotFoundError.
# expect-exit: 1
# expect-stderr: File "<frozen collections>", line
# expect-stderr: IndexError: pop from an empty deque
from collections import deque

try:
    import itertool
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'itertool'
try:
    from functools import nothing_here
except ImportError as e:
    print(type(e).__name__)  # expect: ImportError
try:
    deque().popleft()
except IndexError as e:
    print(e)  # expect: pop from an empty deque
import collections
print(collections.__name__)  # expect: collections
deque([1]).pop()
deque().pop()
