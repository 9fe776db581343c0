import sys
from _circ_a import early

print("_circ_b sees", early)
try:
    from _circ_a import late
except ImportError as e:
    print(str(e).replace(sys.path[0], "DIR"))
