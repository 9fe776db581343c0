# VM-only: only a name can be the target of `:=`.
print("never runs")
if (point.x := 3):
    pass
# expect-exit: 2
# expect-stderr: walrus_attribute_target.py:3:5: cannot use assignment expressions with attribute
