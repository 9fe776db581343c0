"""A module docstring.

It spans several lines and is ignored at run time."""
# A comment on its own line.
x = 1  # a trailing comment


def documented(n):
    """Return n doubled."""
    # comment inside a function
    return n * 2


def only_docstring():
    """Nothing but a docstring."""


print(documented(x))  # expect: 2
print(only_docstring())  # expect: None
    # an indented comment does not start a block
if x:
    # comment before the first statement of a block
    print("block")  # expect: block
# comment at the very end
