# A function's __name__ and __qualname__ take strs only; other attributes take anything.
def f():
    pass

for attribute, value in [("__name__", 3), ("__qualname__", None), ("__name__", b"x")]:
    try:
        setattr(f, attribute, value)
    except TypeError as e:
        print("TypeError:", e)
f.__name__ = "renamed"
f.__qualname__ = "Outer.renamed"
f.custom = 42
print(f.__name__, f.__qualname__, f.custom)
# expect: TypeError: __name__ must be set to a string object
# expect: TypeError: __qualname__ must be set to a string object
# expect: TypeError: __name__ must be set to a string object
# expect: renamed Outer.renamed 42
