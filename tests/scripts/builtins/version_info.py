# sys.version_info: a tuple with named fields, compared with tuples as version checks do.
import sys
v = sys.version_info
print(v >= (3, 8), v < (4,), v[:2] >= (3, 6), v.major, v.minor, v[0], v[1], len(v), v.releaselevel, v.serial)
major, minor, *rest = v
print(major, minor, tuple(v)[:2], v[:2] == (3, 11), isinstance(v, tuple))
if sys.version_info < (3, 7):
    print("old")
print(f"Python {v.major}.{v.minor}")
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="), repr(v).endswith(", releaselevel='final', serial=0)"))

# expect: True True True 3 11 3 11 5 final 0
# expect: 3 11 (3, 11) True True
# expect: Python 3.11
# expect: True True
