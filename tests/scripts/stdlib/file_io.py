# open(): text and binary files in every mode, reading by size, line and iteration, writing,
# `with`, print(file=f), the attributes, and CPython 3.11's errors. Everything is written under
# a fresh directory of this process's, removed at the end.
# args: --gil newgil
# args: --gil nogil
import os

root = os.path.join('/tmp', 'gilvm_file_io_' + str(os.getpid()))
os.mkdir(root)
path = os.path.join(root, 'a.txt')
print(os.path.exists(path), os.path.isdir(root), os.path.basename(path))

with open(path, 'w') as f:
    print(f.write('first line\n'), f.write('second é line\n'), f.name == path, f.mode, f.closed)
    f.writelines(['third\n', 'fourth'])
    print('fifth', 42, file=f)
print(f.closed, os.path.exists(path), os.path.isfile(path))

with open(path) as f:
    print(repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(repr(f.read(5)), repr(f.readline()), repr(f.readline()), repr(f.read(3)), f.encoding)
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(path, 'r') as f:
    print([line for line in f])
f = open(path)
print(next(f), f.readline(2), len(list(f)))
f.close()
print(f.closed)
for op in (lambda: f.read(), lambda: f.readline(), lambda: f.write('x'), lambda: iter(f)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)

with open(path, 'a') as f:
    print(f.write('appended\n'), f.mode)
with open(path, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[-9:], f.mode)
with open(path, 'rb') as f:
    print(f.readline(), f.read(6), f.readline(), len(f.readlines()))

bpath = os.path.join(root, 'b.bin')
with open(bpath, 'wb') as f:
    print(f.write(b'\x00\x01\xff\n'), f.write(bytearray(b'xyz')), f.mode)
with open(bpath, 'ab') as f:
    f.write(b'!')
with open(bpath, 'rb') as f:
    print(f.read(), f.read(), f.tell())
with open(bpath, 'r+b') as f:
    print(f.read(2), f.write(b'AB'), f.tell())
with open(bpath, 'rb') as f:
    print(list(f))

xpath = os.path.join(root, 'x.txt')
with open(xpath, 'x') as f:
    f.write('new\r\nwindows\rmac\n')
with open(xpath) as f:
    print(repr(f.read()))
with open(xpath, newline='') as f:
    print(repr(f.read()))
with open(xpath, 'r+') as f:
    print(repr(f.readline()), f.write('X'))
with open(xpath, 'rb') as f:
    print(f.read())
with open(xpath, 'w') as f:
    pass
with open(xpath) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())

big = os.path.join(root, 'big.txt')
with open(big, 'w') as f:
    for i in range(3000):
        f.write('line %d %s\n' % (i, 'ü' * (i % 7)))
with open(big) as f:
    lines = f.readlines()
with open(big) as f:
    total = sum(len(line) for line in f)
with open(big) as f:
    chunks = []
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        chunks.append(chunk)
print(len(lines), lines[2999], total, ''.join(chunks) == ''.join(lines))

crlf = os.path.join(root, 'crlf.txt')
with open(crlf, 'w', newline='\r\n') as f:
    print(f.write('a\nb\n'))
with open(crlf, 'rb') as f:
    print(f.read())

missing = os.path.join(root, 'missing.txt')
for args in [(missing,), (root,), (root, 'w'), (xpath, 'x'), (os.path.join(missing, 'sub'), 'w')]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == args[0], str(e).replace(root, 'ROOT'))
for args, kwargs in [((xpath, 'rw'), {}), ((xpath, 'q'), {}), ((xpath, 'rb'), {'encoding': 'utf-8'}),
                     ((xpath,), {'encoding': 'latin-9'}), ((1.5,), {}), ((xpath, 'rr'), {})]:
    try:
        open(*args, **kwargs)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
with open(xpath, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
    try:
        f.write(b'bytes')
    except TypeError as e:
        print(e)
with open(xpath, 'rb') as f:
    try:
        f.write(b'x')
    except OSError as e:
        print(type(e).__name__, e)
with open(bpath, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print(e)
try:
    os.remove(missing)
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(root, 'ROOT'))

for name in sorted(os.listdir(root)):
    os.remove(os.path.join(root, name))
os.rmdir(root)
print(os.path.exists(root))

# CPython 3.11's output:
# expect: False True a.txt
# expect: 11 14 True w False
# expect: True True True
# expect: 'first line\nsecond é line\nthird\nfourthfifth 42\n'
# expect: 'first' ' line\n' 'second é line\n' 'thi' utf-8
# expect: ['rd\n', 'fourthfifth 42\n']
# expect: '' ''
# expect: ['first line\n', 'second é line\n', 'third\n', 'fourthfifth 42\n']
# expect: first line
# expect:  se 3
# expect: True
# expect: ValueError I/O operation on closed file.
# expect: ValueError I/O operation on closed file.
# expect: ValueError I/O operation on closed file.
# expect: ValueError I/O operation on closed file.
# expect: 9 a
# expect: bytes 56 b'appended\n' rb
# expect: b'first line\n' b'second' b' \xc3\xa9 line\n' 3
# expect: 4 3 wb
# expect: b'\x00\x01\xff\nxyz!' b'' 8
# expect: b'\x00\x01' 2 4
# expect: [b'\x00\x01ABxyz!']
# expect: 'new\nwindows\nmac\n'
# expect: 'new\r\nwindows\rmac\n'
# expect: 'new\n' 1
# expect: b'new\r\nwindows\rmac\nX'
# expect: '' '' []
# expect: 3000 line 2999 üüü
# expect:  40884 True
# expect: 4
# expect: b'a\r\nb\r\n'
# expect: FileNotFoundError 2 True [Errno 2] No such file or directory: 'ROOT/missing.txt'
# expect: IsADirectoryError 21 True [Errno 21] Is a directory: 'ROOT'
# expect: IsADirectoryError 21 True [Errno 21] Is a directory: 'ROOT'
# expect: FileExistsError 17 True [Errno 17] File exists: 'ROOT/x.txt'
# expect: FileNotFoundError 2 True [Errno 2] No such file or directory: 'ROOT/missing.txt/sub'
# expect: ValueError must have exactly one of create/read/write/append mode
# expect: ValueError invalid mode: 'q'
# expect: ValueError binary mode doesn't take an encoding argument
# expect: LookupError unknown encoding: latin-9
# expect: TypeError expected str, bytes or os.PathLike object, not float
# expect: ValueError invalid mode: 'rr'
# expect: UnsupportedOperation not readable True
# expect: write() argument must be str, not bytes
# expect: UnsupportedOperation write
# expect: a bytes-like object is required, not 'str'
# expect: FileNotFoundError [Errno 2] No such file or directory: 'ROOT/missing.txt'
# expect: False
