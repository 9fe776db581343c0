# A missing dict key.
d = {"a": 1}
print(d["missing"])
# expect-exit: 1
# expect-stderr: line 3
# expect-stderr: KeyError: 'missing'
