# VM-only (CPython's syntax errors print differently): nonlocal outside any function.
print("never runs")
nonlocal x
# expect-exit: 2
# expect-stderr: nonlocal_module_level.py:3:1: nonlocal declaration not allowed at module level
