# Errors of the modules written in Python: their tracebacks name the module as CPython names a
# frozen one, what they raise can be caught as usual, and an unknown module is still
# ModuleNotFoundError.
# expect-exit: 1
# expect-stderr: File "<frozen collections>", line
# expect-stderr: ValueError: Type names and field names cannot be a keyword: 'def'
from collections import namedtuple

try:
    import itertool
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'itertool'
try:
    from functools import nothing_here
except ImportError as e:
    print(type(e).__name__)  # expect: ImportError
try:
    namedtuple("P", "1x")
except ValueError as e:
    print(e)  # expect: Type names and field names must be valid identifiers: '1x'
import collections
print(collections.__name__)  # expect: collections
namedtuple("P", "x")
namedtuple("P", "x def")
