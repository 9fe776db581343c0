# Packages (folders with __init__.py) and their submodules.
import sys

import _pkg.second  # expect: running _pkg as _pkg
# expect: running _pkg.first as _pkg.first
# expect: running _pkg.second
print(_pkg.name, _pkg.first.one(), _pkg.second.two())  # expect: pkg 1 2
from _pkg import first, second
print(first is _pkg.first, second is sys.modules["_pkg.second"])  # expect: True True
import _pkg._inner.deep as deep
print(deep.where(), _pkg._inner.level, _pkg._inner.deep is deep)  # expect: _pkg._inner.deep inner True
from _pkg._inner.deep import where
print(where())  # expect: _pkg._inner.deep
print(_pkg.__path__[0].endswith("imports/_pkg"), _pkg.__file__.endswith("_pkg/__init__.py"))  # expect: True True
try:
    import _pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)  # expect: ModuleNotFoundError No module named '_pkg.missing'
try:
    from _pkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "DIR"))  # expect: ImportError cannot import name 'missing' from '_pkg' (DIR/_pkg/__init__.py)
