# io.StringIO and io.BytesIO: writing, getvalue, reading by size and by line, iteration, seek and
# tell, overwriting, truncate, `with`, print(file=...), and CPython 3.11's errors.
# args: --gil newgil
# args: --gil nogil
import io
from io import StringIO, BytesIO

buf = StringIO()
print(buf.write('hello '), buf.write('world\n'), buf.tell())
print('second', 2, sep='-', file=buf)
print(repr(buf.getvalue()), repr(buf.read()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), repr(buf.read()), repr(buf.readline()))
buf.seek(0)
print(list(buf), buf.seek(0), buf.readlines(), buf.seek(0, 2))
buf.seek(6)
buf.write('WORLD')
print(repr(buf.getvalue()), buf.tell())
s = StringIO('hello\nworld')
print(s.read(3), s.tell(), repr(s.readline()), s.readlines(), repr(s.readline(2)))
s.seek(0)
s.write('HE')
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(14)
s.write('!')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
lines = StringIO('a\nb\r\nc')
print([line for line in lines], StringIO('x\ny\n').readline(1))
with StringIO() as w:
    print('in with', [1, 2], file=w, end='!')
    w.writelines(['p', 'q'])
    print(repr(w.getvalue()), w.closed, w.readable(), w.writable(), w.seekable())
print(w.closed)
for op in (lambda: w.write('x'), lambda: w.getvalue(), lambda: w.read(), lambda: w.seek(0)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
for op in (lambda: StringIO().write(5), lambda: StringIO(5), lambda: StringIO().seek(1, 1),
           lambda: StringIO().seek(-1), lambda: StringIO().seek(0, 3), lambda: StringIO().truncate(-1)):
    try:
        op()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(repr(StringIO(None).getvalue()), StringIO('abc').seek(0, 2))

b = BytesIO(b'ab\ncd')
print(b.readline(), b.read(), b.getvalue(), b.tell())
print(b.write(b'ef'), b.write(bytearray(b'g')), b.getvalue(), b.seek(1), b.read(2))
for op in (lambda: b.write('x'), lambda: BytesIO('x')):
    try:
        op()
    except TypeError as e:
        print(e)
with BytesIO() as bb:
    bb.write(b'x\ny\n')
    bb.seek(0)
    print(list(bb))
print(bb.closed, isinstance(buf, io.StringIO))

# CPython 3.11's output:
# expect: 6 6 12
# expect: 'hello world\nsecond-2\n' ''
# expect: 'hello world\n' 'sec' 'ond-2\n' ''
# expect: ['hello world\n', 'second-2\n'] 0 ['hello world\n', 'second-2\n'] 21
# expect: 'hello WORLD\nsecond-2\n' 11
# expect: hel 3 'lo\n' ['world'] ''
# expect: 'HEllo\nworld' 2 'llo\nworld'
# expect: 'HEllo\nworld\x00\x00\x00!'
# expect: 5 'HEllo' 15
# expect: ['a\n', 'b\r\n', 'c'] x
# expect: 'in with [1, 2]!pq' False True True True
# expect: True
# expect: ValueError I/O operation on closed file
# expect: ValueError I/O operation on closed file
# expect: ValueError I/O operation on closed file
# expect: ValueError I/O operation on closed file
# expect: TypeError string argument expected, got 'int'
# expect: TypeError initial_value must be str or None, not int
# expect: OSError Can't do nonzero cur-relative seeks
# expect: ValueError Negative seek position -1
# expect: ValueError Invalid whence (3, should be 0, 1 or 2)
# expect: ValueError Negative size value -1
# expect: '' 3
# expect: b'ab\n' b'cd' b'ab\ncd' 5
# expect: 2 1 b'ab\ncdefg' 1 b'b\n'
# expect: a bytes-like object is required, not 'str'
# expect: a bytes-like object is required, not 'str'
# expect: [b'x\n', b'y\n']
# expect: True True
