# What a failed import raises, with CPython's messages.
import sys

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ImportError))  # expect: ModuleNotFoundError No module named 'no_such_module_here' True
try:
    import _helper.sub  # expect: running _helper as _helper
except ModuleNotFoundError as e:
    print(e)  # expect: No module named '_helper.sub'; '_helper' is not a package
try:
    from _helper import missing
except ImportError as e:
    print(str(e).replace(sys.path[0], "DIR"))  # expect: cannot import name 'missing' from '_helper' (DIR/_helper.py)
try:
    import _bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.__class__.__mro__[1].__name__)  # expect: SyntaxError Exception
    print(e)  # expect: '(' was never closed (_bad_syntax.py, line 2)
    print(e.msg, e.lineno, e.filename == sys.path[0] + "/_bad_syntax.py")  # expect: '(' was never closed 2 True
for attempt in range(2):
    try:
        import _fails  # its code runs again: a failed import leaves no module behind
    except ValueError as e:
        print(e, "_fails" in sys.modules)
# expect: running _fails
# expect: from _fails False
# expect: running _fails
# expect: from _fails False
