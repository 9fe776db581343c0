# pathlib's concrete paths on the file system, in a fresh temporary directory removed at the end:
# mkdir (parents, exist_ok), write/read text and bytes, open, exists/is_file/is_dir, iterdir,
# glob/rglob, stat, unlink (missing_ok), rmdir, rename, touch, resolve, cwd, home, and the
# errors as CPython's (FileNotFoundError with errno and filename, FileExistsError...).
import os
from pathlib import Path

base = Path('/tmp') / ('gilvm_pathlib_test_%d' % os.getpid())
base.mkdir()
def show(p):
    return str(p.relative_to(base)) if p.is_absolute() else str(p)

print(base.exists(), base.is_dir(), base.is_file(), (base / 'nothing').exists(), (base / 'nothing').is_dir())
deep = base / 'a' / 'b' / 'c'
try:
    deep.mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, show(Path(e.filename)), str(e) == "[Errno 2] No such file or directory: '%s'" % deep)
deep.mkdir(parents=True)
deep.mkdir(parents=True, exist_ok=True)
try:
    deep.mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, show(Path(e.filename)))

f = base / 'a' / 'notes.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.is_file(), f.exists(), f.stat().st_size)
print(f.read_text().splitlines(), f.suffix, f.stem)
blob = base / 'a' / 'b' / 'data.bin'
print(blob.write_bytes(b'\x00\x01\x02binary'), blob.read_bytes(), blob.stat().st_size)
with f.open('a') as handle:
    handle.write('more\n')
with f.open() as handle:
    print(handle.readlines())
with open(f) as handle:
    print(handle.read().count('\n'))
(base / 'a' / 'b' / 'c' / 'deep.py').write_text('x = 1\n')
(base / 'a' / 'script.py').write_text('print(1)\n')
(base / 'a' / '.hidden').touch()
(base / 'top.py').touch()

print(sorted(show(p) for p in base.iterdir()))
print(sorted(show(p) for p in (base / 'a').iterdir()))
print(sorted(show(p) for p in base.glob('*')))
print(sorted(show(p) for p in base.glob('*.py')))
print(sorted(show(p) for p in base.glob('a/*.py')))
print(sorted(show(p) for p in base.glob('*/*')))
print(sorted(show(p) for p in base.glob('**/*.py')))
print(sorted(show(p) for p in base.rglob('*.py')))
print(sorted(show(p) for p in base.glob('**')))
print(sorted(show(p) for p in base.rglob('[bc]')))
print(sorted(show(p) for p in base.glob('a/?otes.*')), list(base.glob('nomatch*')), list((base / 'missing').glob('*')))
for bad in ('', '/abs/*'):
    try:
        list(base.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

renamed = f.rename(base / 'a' / 'renamed.txt')
print(show(renamed), f.exists(), renamed.read_text().count('\n'))
try:
    f.rename(base / 'x')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, str(e).replace(str(base), 'BASE'))
try:
    (base / 'top.py').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', str(e).replace(str(base), 'BASE'))

try:
    (base / 'missing.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename == str(base / 'missing.txt'))
try:
    (base / 'missing.txt').stat()
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(str(base), 'BASE'))
try:
    (base / 'missing.txt').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(str(base), 'BASE'))
(base / 'missing.txt').unlink(missing_ok=True)
try:
    (base / 'a').rmdir()
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(str(base), 'BASE'))
try:
    list((base / 'missing').iterdir())
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(str(base), 'BASE'))
try:
    (base / 'top.py').write_text(b'bytes')
except TypeError as e:
    print('TypeError', e)
try:
    (base / 'top.py').write_bytes('text')
except TypeError as e:
    print('TypeError', e)

print(show((base / 'a' / '..' / 'a' / 'b').resolve()), (base / 'a').resolve() == base.resolve() / 'a')
print(Path('.').resolve() == Path.cwd(), Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute())
print(Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path.home() / 'x')
print(Path('rel').absolute() == Path.cwd() / 'rel', (base / 'a').absolute() == base / 'a')
print(base.samefile(str(base)), (base / 'a').stat().st_mode & 0o170000 == 0o040000)

# os and os.path take paths (os.PathLike) as CPython's.
print(os.path.exists(base / 'top.py'), os.path.isdir(base / 'a'), os.path.isfile(base / 'nope'), os.path.basename(base / 'a' / 'x.py'))
print(os.path.join(base, 'a') == str(base / 'a'), sorted(os.listdir(base)), os.stat(base / 'a' / 'script.py').st_size)
print(os.path.splitext(Path('d/f.tar.gz')), os.path.dirname(Path('/x/y')), os.fspath(base) == str(base))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)

for p in sorted(base.rglob('*'), key=lambda p: len(p.parts), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())

# expect: True True False False False
# expect: FileNotFoundError 2 a/b/c True
# expect: FileExistsError 17 File exists a/b/c
# expect: 12 hello
# expect: world
# expect:  True True 12
# expect: ['hello', 'world'] .txt notes
# expect: 9 b'\x00\x01\x02binary' 9
# expect: ['hello\n', 'world\n', 'more\n']
# expect: 3
# expect: ['a', 'top.py']
# expect: ['a/.hidden', 'a/b', 'a/notes.txt', 'a/script.py']
# expect: ['a', 'top.py']
# expect: ['top.py']
# expect: ['a/script.py']
# expect: ['a/.hidden', 'a/b', 'a/notes.txt', 'a/script.py']
# expect: ['a/b/c/deep.py', 'a/script.py', 'top.py']
# expect: ['a/b/c/deep.py', 'a/script.py', 'top.py']
# expect: ['.', 'a', 'a/b', 'a/b/c']
# expect: ['a/b', 'a/b/c']
# expect: ['a/notes.txt'] [] []
# expect: ValueError Unacceptable pattern: ''
# expect: NotImplementedError Non-relative patterns are unsupported
# expect: a/renamed.txt False 3
# expect: FileNotFoundError 2 [Errno 2] No such file or directory: 'BASE/a/notes.txt' -> 'BASE/x'
# expect: FileExistsError [Errno 17] File exists: 'BASE/top.py'
# expect: FileNotFoundError 2 No such file or directory True
# expect: FileNotFoundError [Errno 2] No such file or directory: 'BASE/missing.txt'
# expect: FileNotFoundError [Errno 2] No such file or directory: 'BASE/missing.txt'
# expect: OSError 39 [Errno 39] Directory not empty: 'BASE/a'
# expect: FileNotFoundError [Errno 2] No such file or directory: 'BASE/missing'
# expect: TypeError data must be str, not bytes
# expect: TypeError memoryview: a bytes-like object is required, not 'str'
# expect: a/b True
# expect: True True True
# expect: True True
# expect: True True
# expect: True True
# expect: True True False x.py
# expect: True ['a', 'top.py'] 9
# expect: ('d/f.tar', '.gz') /x True
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: False
