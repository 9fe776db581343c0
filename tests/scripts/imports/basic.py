# Importing the program's own modules from the script's folder (sys.path[0]).
import sys

x = "main's x"
import _helper  # expect: running _helper as _helper
import _helper as again
from _helper import get_x, count
import _uses_helper  # expect: running _uses_helper

print(_helper is again, _helper is sys.modules["_helper"])  # expect: True True
print(_helper.__name__, __name__)  # expect: _helper __main__
print(_helper.file_name())  # expect: _helper.py
print(get_x(), "|", x)  # expect: helper's x | main's x
print(count(), count(), _helper.count())  # expect: 1 2 3
print(_helper.calls)  # expect: 3
_helper.x = "set from outside"  # the module's own functions see it: its attributes are its globals
print(_helper.get_x(), "|", _helper.x)  # expect: set from outside | set from outside
print(_uses_helper.through_helper())  # expect: set from outside via _uses_helper
print(_uses_helper._helper is _helper)  # expect: True
print(type(_helper).__name__, "_uses_helper" in sys.modules)  # expect: module True


def imports_inside_a_function():
    import _helper as h
    from _uses_helper import through_helper
    return h is _helper, through_helper is _uses_helper.through_helper


print(imports_inside_a_function())  # expect: (True, True)
print(__file__.endswith("imports/basic.py"))  # expect: True
