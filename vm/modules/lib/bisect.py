# bisect for gilvm (embedded; see vm/modules/python_lib.h): as CPython 3.11's bisect.py, the
# functions come from the native _bisect (vm/modules/module_bisect.cpp), key= included.
from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
