# VM-only (CPython's syntax errors print differently): a nonlocal name no enclosing function binds.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
# expect-exit: 2
# expect-stderr: nonlocal_no_binding.py:4:9: no binding for nonlocal 'missing' found
