# pathlib for gilvm (embedded; see vm/modules/python_lib.h): CPython 3.11's Lib/pathlib.py for
# POSIX paths: PurePath/PurePosixPath (parsing, joining, the parts and their names, comparisons,
# relative_to, match) and Path/PosixPath (the file system through os: stat, exists, is_dir,
# mkdir, reading and writing, iterdir, glob, rglob, resolve...). A path keeps CPython 3.11's
# parsed form: _drv (always '' here), _root ('', '/' or '//') and _parts (the anchor first when
# there is one). Differs: no Windows paths (PureWindowsPath, WindowsPath), no as_uri, owner,
# group, chmod, symlink_to, hardlink_to, readlink; touch() of an existing file leaves its times;
# glob() follows CPython's selectors but yields in the directory's order (as CPython's scandir).
import fnmatch
import os
import posixpath
import re
import sys

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000

# Errors that exists(), is_dir()... take for "no": ENOENT, ENOTDIR, EBADF, ELOOP.
_IGNORED_ERRNOS = (2, 20, 9, 40)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _splitroot(part):
    # POSIX: two leading slashes are kept (implementation-defined), more than two are one.
    if part and part[0] == '/':
        stripped_part = part.lstrip('/')
        if len(part) - len(stripped_part) == 2:
            return '', '//', stripped_part
        return '', '/', stripped_part
    return '', '', part


def _parse_parts(parts):
    parsed = []
    drv = root = ''
    for part in reversed(parts):
        if not part:
            continue
        drv, root, rel = _splitroot(part)
        for x in reversed(rel.split('/')):
            if x and x != '.':
                parsed.append(x)
        if drv or root:
            break
    if drv or root:
        parsed.append(drv + root)
    parsed.reverse()
    return drv, root, parsed


def _join_parsed_parts(drv, root, parts, drv2, root2, parts2):
    if root2:
        return drv2, root2, parts2
    return drv, root, parts + parts2


def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


class _PathParents:
    # The logical ancestors of a path: path.parents[0] is path.parent.
    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(len(self))[idx])
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r"
                        % type(a))
        return _parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + '/'.join(parts[1:])
        return '/'.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = _join_parsed_parts(self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    @property
    def _cparts(self):
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = _parse_parts((name,))
        if (not name or name[-1] == '/' or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        if (root or drv) if n == 0 else abs_parts[:n] != to_abs_parts:
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        return tuple(self._parts)

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        drv, root, pat_parts = _parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        drv, root, pattern_parts = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pattern_parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern[-1] == '/':
            pattern_parts.append('')
        for p in _select(self, pattern_parts):
            yield p

    def rglob(self, pattern):
        drv, root, pattern_parts = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            pattern_parts.append('')
        for p in _select(self, ["**"] + pattern_parts):
            yield p

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        s = posixpath.realpath(str(self), strict=strict)
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if getattr(e, 'errno', None) == 40:  # ELOOP: a symbolic link loop
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok and self.exists():
            return
        f = open(str(self), 'a' if exist_ok else 'x')
        f.close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def _mode(self, follow_symlinks=True):
        # The file's st_mode, or None where exists() would say False.
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        mode = self._mode()
        return mode is not None and mode & _S_IFMT == _S_IFDIR

    def is_file(self):
        mode = self._mode()
        return mode is not None and mode & _S_IFMT == _S_IFREG

    def is_symlink(self):
        mode = self._mode(follow_symlinks=False)
        return mode is not None and mode & _S_IFMT == _S_IFLNK

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def expanduser(self):
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            homedir = posixpath.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    pass


# glob's selectors (CPython's _PreciseSelector, _WildcardSelector, _RecursiveWildcardSelector),
# as generators over the pattern's parts.

def _select(parent_path, pattern_parts):
    if not parent_path.is_dir():
        return
    for p in _select_from(parent_path, pattern_parts):
        yield p


def _select_from(parent_path, pattern_parts):
    if not pattern_parts:
        yield parent_path
        return
    pat = pattern_parts[0]
    rest = pattern_parts[1:]
    dironly = bool(rest)
    if pat == '**':
        yielded = set()
        for starting_point in _iterate_directories(parent_path):
            for p in _select_from(starting_point, rest):
                if p not in yielded:
                    yield p
                    yielded.add(p)
    elif pat == '..' or not _is_wildcard_pattern(pat):
        path = parent_path._make_child_relpath(pat)
        if path.is_dir() if dironly else path.exists():
            for p in _select_from(path, rest):
                yield p
    else:
        match = re.compile(fnmatch.translate(pat)).fullmatch
        try:
            names = os.listdir(str(parent_path))
        except PermissionError:
            return
        for name in names:
            path = parent_path._make_child_relpath(name)
            if dironly and not path.is_dir():
                continue
            if match(name):
                for p in _select_from(path, rest):
                    yield p


def _iterate_directories(parent_path):
    yield parent_path
    try:
        names = os.listdir(str(parent_path))
    except PermissionError:
        return
    for name in names:
        path = parent_path._make_child_relpath(name)
        if path.is_dir() and not path.is_symlink():
            for p in _iterate_directories(path):
                yield p
