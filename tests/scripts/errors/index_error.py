# Indexing past the end of a list.
items = [1, 2, 3]
print(items[2])  # expect: 3
print(items[3])
# expect-exit: 1
# expect-stderr: line 4
# expect-stderr: IndexError: list index out of range
