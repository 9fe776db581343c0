# posixpath for gilvm (embedded; see vm/modules/python_lib.h): os.path on str paths, after
# CPython 3.11's Lib/posixpath.py.
from _os import _file_kind, getcwd


def _fspath(path):
    # os.fspath (os.py takes it from here: os imports this module).
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(result).__name__))

sep = '/'
curdir = '.'
pardir = '..'


def exists(path):
    return _file_kind(path) != 0


def isfile(path):
    return _file_kind(path) == 1


def isdir(path):
    return _file_kind(path) == 2


def isabs(s):
    s = _fspath(s)
    return s.startswith('/')


def join(a, *p):
    path = _fspath(a)
    for b in map(_fspath, p):
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def normpath(path):
    path = _fspath(path)
    if not path:
        return '.'
    initial_slashes = path.startswith('/')
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * int(initial_slashes) + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(getcwd(), path)
    return normpath(path)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:  # ~user: gilvm has no password database
        return path
    from _os import environ
    if 'HOME' not in environ:
        return path
    userhome = environ['HOME'].rstrip('/')
    return (userhome + path[i:]) or '/'


def islink(path):
    from _os import lstat
    try:
        return lstat(path).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError):
        return False


def getsize(filename):
    from _os import stat
    return stat(filename).st_size


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    # CPython 3.11's: symbolic links resolved one component at a time, a loop left as it is.
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    from _os import lstat, readlink
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                lstat(newpath)  # raises ELOOP's OSError
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
