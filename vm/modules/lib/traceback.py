# traceback for gilvm (embedded; see vm/modules/python_lib.h): the formatting functions of
# CPython 3.11's Lib/traceback.py that programs and logging use, over the VM's own traceback text
# (sys._exception_text) and frame snapshots (sys._getframe). Each entry shows its source line, as
# CPython's; differs: no ^^^ markers under the failing expression, no traceback objects
# (exc_info()[2] is None, and the `tb` and `limit` arguments are taken but not used), no
# extract_tb/StackSummary/TracebackException.
import sys

_source_lines = {}


def _source_line(filename, lineno):
    # As linecache.getline: the file's lines read once, '' for a file that cannot be read.
    lines = _source_lines.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().split('\n')
        except (OSError, UnicodeDecodeError):
            lines = []
        _source_lines[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def _entry(filename, lineno, name):
    text = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
    line = _source_line(filename, lineno)
    if line:
        text += '    ' + line + '\n'
    return text


def _with_source_lines(text):
    # The VM's text names each entry's file and line: the source line follows it, as in CPython.
    out = []
    for line in text.split('\n'):
        out.append(line)
        if line.startswith('  File "') and '", line ' in line:
            filename, _, rest = line[8:].partition('", line ')
            number = rest.split(',')[0]
            if number.isdigit():
                source = _source_line(filename, int(number))
                if source:
                    out.append('    ' + source)
    return '\n'.join(out)


def _exception_of(exc, value):
    # 3.10's form print_exception(exc) and the older (type, value, tb) both take the value.
    if value is not _sentinel:
        return value
    return exc


_sentinel = object()


def format_exception_only(exc, /, value=_sentinel):
    value = _exception_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    message = str(value)
    name = type(value).__name__
    module = getattr(type(value), '__module__', 'builtins')
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    return [name + (': ' + message if message else '') + '\n']


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _exception_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    text = _with_source_lines(sys._exception_text(value))
    return [line + '\n' for line in text.split('\n')[:-1]]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception()))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    entries = []
    while f is not None:
        entries.append(_entry(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    entries.reverse()
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
    return entries


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for entry in format_stack(f, limit):
        file.write(entry)
