# VM-only (CPython's syntax errors print differently): `:=` may not rebind the iteration
# variable of an enclosing comprehension (PEP 572).
print("never runs")
def f():
    return [[(j := 1) for i in range(2)] for j in range(2)]
# expect-exit: 2
# expect-stderr: walrus_rebinds_iteration_variable.py:5:15: assignment expression cannot rebind comprehension iteration variable 'j'
