# sys.path: the script's folder first; folders the program adds are searched at import time.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, type(sys.path).__name__)  # expect: True list
try:
    import extmod
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'extmod'
sys.path.append(os.path.join(here, "_extra"))
import extmod
print(extmod.hello())  # expect: hello from extmod
print(sys.modules["extmod"] is extmod, "sys" in sys.modules)  # expect: True True

# A folder put first shadows the modules that CPython does not build in, not the built-in ones.
sys.path.insert(0, os.path.join(here, "_shadow"))
import json
import array
import time
print(json.shadowed)  # expect: the program's json
print(array.shadowed)  # expect: the program's array
print(hasattr(time, "shadowed"), hasattr(time, "perf_counter"), hasattr(sys, "shadowed"))  # expect: False True False
