import sys
import _circ_a as partial_a
from _circ_a import early

print("_circ_b sees", early)
try:
    from _circ_a import late
except ImportError as e:
    print(str(e).replace(sys.path[0], "DIR"))


def late_of_a():
    return partial_a.late  # defined by the time this runs
