# An exception raised in a key function called by sorted() leaves through the builtin with the
# key function's frame in its traceback, under the call's line.
# expect: [(1, 2), (3, 4)]
# expect-exit: 1
# expect-stderr: key_function_traceback.py", line 17, in <module>
# expect-stderr: key_function_traceback.py", line 13, in key
# expect-stderr: IndexError: tuple index out of range
class Table:
    def __init__(self, column):
        self.column = column

    def key(self, row):
        return row[self.column]


print(sorted([(1, 2), (3, 4)], key=Table(1).key))
print(sorted([(1, 2), (3,)], key=Table(1).key))
