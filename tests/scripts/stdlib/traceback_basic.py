# traceback.format_exc/format_exception/print_exc/format_stack and sys._getframe: the entries of
# the failing calls with their source lines, the exception line last.
import sys
import traceback

def inner(x):
    return 10 // x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
lines = text.splitlines()
print(lines[0])
print([l for l in lines if l.startswith('  File')] and all(l.endswith((', in <module>', ', in outer', ', in inner')) for l in lines if l.startswith('  File')))
print([l.strip() for l in lines if l.startswith('    ') and not set(l.strip()) <= set('^~ ')])
print(lines[-1])
try:
    raise ValueError('bad value')
except ValueError as e:
    parts = traceback.format_exception(e)
    print(parts[0], end='')
    print(parts[-1], end='')
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(KeyError('k')))
class MyError(Exception):
    pass
print(traceback.format_exception_only(MyError('mine')), traceback.format_exception_only(MyError()))

def where():
    return traceback.format_stack()
stack = where()
print(len(stack) >= 2, stack[-1].splitlines()[1].strip(), stack[-2].splitlines()[1].strip())
def frame_info():
    # A snapshot's f_lineno is the line it was taken at (CPython's follows the frame): read at once.
    caller = sys._getframe(1)
    return sys._getframe().f_code.co_name, sys._getframe().f_lineno, caller.f_code.co_name, caller.f_lineno, sys._getframe().f_back.f_code.co_name
print(frame_info())
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)

# expect: Traceback (most recent call last):
# expect: True
# expect: ['outer()', 'return inner(0)', 'return 10 // x']
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: Traceback (most recent call last):
# expect: ValueError: bad value
# expect: ['ValueError: bad value\n'] ['ValueError: bad value\n']
# expect: ["KeyError: 'k'\n"]
# expect: ['MyError: mine\n'] ['MyError\n']
# expect: True return traceback.format_stack() stack = where()
# expect: ('frame_info', 40, '<module>', 41, '<module>')
# expect: ValueError call stack is not deep enough
