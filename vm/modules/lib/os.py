# os for gilvm (embedded; see vm/modules/python_lib.h): the native _os module's functions, and
# os.path (lib/posixpath.py).
from _os import (getpid, getppid, cpu_count, getenv, kill, _exit, environ, name, sep,
                 remove, unlink, mkdir, rmdir, listdir, getcwd, stat, lstat, readlink, rename,
                 replace)
import posixpath as path
from posixpath import _fspath as fspath

curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
linesep = '\n'
devnull = '/dev/null'


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, exist_ok)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise

