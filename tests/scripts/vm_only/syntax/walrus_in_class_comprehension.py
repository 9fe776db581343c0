# VM-only (CPython's syntax errors print differently): a comprehension in a class body may
# not use `:=` (PEP 572), and only a name can be assigned by it.
class C:
    values = [y := 1 for z in range(2)]
# expect-exit: 2
# expect-stderr: walrus_in_class_comprehension.py:4:15: assignment expression within a comprehension cannot be used in a class body
