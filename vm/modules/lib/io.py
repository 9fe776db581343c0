# io for gilvm (embedded; see vm/modules/python_lib.h): StringIO, BytesIO, and the files open()
# makes (the builtin open is this module's), after CPython 3.11's _io: the same modes, errors and
# messages. The system calls are the native _fileio module's; the buffering and the UTF-8 text
# layer (universal newlines on reading) are here. UTF-8 is the only encoding.

import _fileio

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error():
    return ValueError('I/O operation on closed file.')


class _MemoryIO:
    # StringIO and BytesIO: the value as the parts written at its end since it was last joined
    # (writing is appending, mostly), joined when read or overwritten.
    _empty = ''

    def __init__(self, initial):
        self._value = initial
        self._parts = []
        self._length = len(initial)
        self._pos = 0
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _joined(self):
        if self._parts:
            self._value = self._value + self._empty.join(self._parts)
            self._parts = []
        return self._value

    def getvalue(self):
        self._check_open()
        return self._joined()

    def _write(self, s):
        n = len(s)
        if self._pos == self._length:
            self._parts.append(s)
        else:
            value = self._joined()
            if self._pos > self._length:
                value = value + self._padding(self._pos - self._length)
            self._value = value[:self._pos] + s + value[self._pos + n:]
        self._pos += n
        self._length = max(self._length, self._pos)
        return n

    def read(self, size=-1):
        self._check_open()
        value = self._joined()
        start = min(self._pos, self._length)
        end = self._length if size is None or size < 0 else min(start + size, self._length)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1):
        self._check_open()
        value = self._joined()
        start = min(self._pos, self._length)
        end = value.find(self._newline, start)
        end = self._length if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._length
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        if size < self._length:
            self._value = self._joined()[:size]
            self._length = size
        return size

    def close(self):
        self.closed = True
        self._value = self._empty
        self._parts = []

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO):
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        _MemoryIO.__init__(self, initial_value)

    def _padding(self, n):
        return '\0' * n

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return self._write(s)


class BytesIO(_MemoryIO):
    _empty = b''
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if not isinstance(initial_bytes, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(initial_bytes).__name__}'")
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def _padding(self, n):
        return bytes(n)

    def write(self, b):
        self._check_open()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        return self._write(bytes(b))

    def getbuffer(self):
        return self.getvalue()


# --- files


def _utf8_complete(data):
    # How much of `data` ends on a whole UTF-8 character: a read may split one.
    n = len(data)
    for back in range(1, min(4, n) + 1):
        byte = data[n - back]
        if byte & 0xC0 != 0x80:  # a lead byte (or ASCII): how long is its character?
            length = 1 if byte < 0x80 else 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return n if length <= back else n - back
    return n


class _File:
    # What the files share: the descriptor, the mode's rules, closing, the context manager. Reads
    # go through a buffer of bytes (_rbuf from _rpos); writes go straight to the file: gilvm runs
    # no __del__, so a buffer left in a file that is never closed would be lost.
    def __init__(self, fd, name, mode, readable, writable, append, closefd=True):
        self._fd = fd
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._append = append
        self._closefd = closefd
        self._rbuf = b''
        self._rpos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check_open(self):
        if self._closed:
            raise _closed_error()

    _not_readable = 'not readable'  # the messages: a binary file's are 'read' and 'write'
    _not_writable = 'not writable'

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation(self._not_readable)

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation(self._not_writable)

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return _fileio.isatty(self._fd)

    def _write_bytes(self, data):
        if self._rpos < len(self._rbuf):  # after a read (r+): write where the reader is
            _fileio.lseek(self._fd, self._rpos - len(self._rbuf), 1)
        self._rbuf = b''
        self._rpos = 0
        _fileio.write(self._fd, data)

    def _fill(self):
        # More bytes into the read buffer; False at the end of the file.
        chunk = _fileio.read(self._fd, DEFAULT_BUFFER_SIZE)
        if not chunk:
            return False
        self._rbuf = self._rbuf[self._rpos:] + chunk
        self._rpos = 0
        return True

    def _read_all_bytes(self):
        data = self._rbuf[self._rpos:] + _fileio.read(self._fd, -1)
        self._rbuf = b''
        self._rpos = 0
        return data

    def _read_bytes(self, size):
        while len(self._rbuf) - self._rpos < size and self._fill():
            pass
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def _readline_bytes(self, size):
        # Up to and with the next b'\n' (at most size bytes when size >= 0).
        end = self._rbuf.find(b'\n', self._rpos)
        while end < 0:
            searched = len(self._rbuf) - self._rpos
            if not self._fill():
                break
            end = self._rbuf.find(b'\n', searched)  # _fill() put the unread bytes first
        start = self._rpos
        end = len(self._rbuf) if end < 0 else end + 1
        if 0 <= size < end - start:
            end = start + size
        self._rpos = end
        return self._rbuf[start:end]

    def flush(self):
        self._check_open()

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 1 and self._rpos < len(self._rbuf):
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        return _fileio.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        return _fileio.lseek(self._fd, 0, 1) - (len(self._rbuf) - self._rpos)

    def truncate(self, size=None):
        raise UnsupportedOperation('truncate')

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._closefd:
            _fileio.close(self._fd)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _BufferedFile(_File):
    # The binary files: BufferedReader (rb), BufferedWriter (wb, ab, xb), BufferedRandom (+).
    _not_readable = 'read'
    _not_writable = 'write'

    def __repr__(self):
        return f'<_io.{type(self).__name__} name={self.name!r}>'

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            return self._read_all_bytes()
        return self._read_bytes(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_readable()
        return self._readline_bytes(-1 if size is None else size)

    def write(self, b):
        self._check_writable()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        self._write_bytes(bytes(b))
        return len(b)


class BufferedReader(_BufferedFile):
    pass


class BufferedWriter(_BufferedFile):
    pass


class BufferedRandom(_BufferedFile):
    pass


class TextIOWrapper(_File):
    # UTF-8 text. Reading translates '\r\n' and '\r' to '\n' (newline=None, universal newlines),
    # keeps them otherwise, and ends lines at '\n' only (CPython's newline='' and '\r' also end
    # them at '\r'); writing turns '\n' into newline='\r' or '\r\n', else leaves it (os.linesep).
    def __init__(self, fd, name, mode, readable, writable, append, encoding, errors, newline,
                 closefd=True):
        _File.__init__(self, fd, name, mode, readable, writable, append, closefd)
        self.encoding = encoding
        self.errors = errors
        self._translate = newline is None
        self._write_newline = newline if newline in ('\r', '\r\n') else None
        self._text = ''  # decoded and not yet read
        self._tpos = 0

    def __repr__(self):
        return (f'<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} '
                f'encoding={self.encoding!r}>')

    def _decoded(self, data):
        text = data.decode('utf-8', self.errors)
        if self._translate and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _more_text(self):
        # Decodes the next whole characters of the file onto _text; False at the end.
        if not self._fill():
            rest = self._rbuf[self._rpos:]  # at the end: a split character is an error now
            self._rbuf = b''
            self._rpos = 0
            if not rest:
                return False
            self._text = self._text[self._tpos:] + self._decoded(rest)
            self._tpos = 0
            return True
        data = self._rbuf
        cut = _utf8_complete(data)
        if self._translate and cut > 0 and data[cut - 1] == 13:
            cut -= 1  # a '\r' last waits for the '\n' that may follow it: one '\n' for both
        self._rbuf = data[cut:]
        self._rpos = 0
        self._text = self._text[self._tpos:] + self._decoded(data[:cut])
        self._tpos = 0
        return True

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            text = self._text[self._tpos:] + self._decoded(self._read_all_bytes())
            self._text = ''
            self._tpos = 0
            return text
        while len(self._text) - self._tpos < size and self._more_text():
            pass
        text = self._text[self._tpos:self._tpos + size]
        self._tpos += len(text)
        return text

    def readline(self, size=-1):
        self._check_readable()
        end = self._text.find('\n', self._tpos)
        while end < 0:
            searched = len(self._text) - self._tpos
            if not self._more_text():
                break
            end = self._text.find('\n', self._tpos + searched)
        start = self._tpos
        end = len(self._text) if end < 0 else end + 1
        if size is not None and 0 <= size < end - start:
            end = start + size
        self._tpos = end
        return self._text[start:end]

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        # After a read (r+), CPython writes where its reads of whole chunks left the file, not
        # where the text read up to: so does this, dropping the decoded text.
        self._text = ''
        self._tpos = 0
        text = s if self._write_newline is None else s.replace('\n', self._write_newline)
        self._write_bytes(text.encode('utf-8', self.errors))
        return len(s)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 1 and pos != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._text = ''
        self._tpos = 0
        return _File.seek(self, pos, whence)

    def tell(self):
        self._check_open()
        unread = len(self._text[self._tpos:].encode('utf-8')) if self._tpos < len(self._text) else 0
        return _File.tell(self) - unread


_ENCODINGS = ('utf-8', 'utf8', 'utf_8', 'u8', 'utf')


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, (str, int)):
        fspath = getattr(type(file), '__fspath__', None)  # a pathlib.Path
        if fspath is None:
            raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
        file = fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f'open() argument \'mode\' must be str, not {type(mode).__name__}')
    modes = set(mode)
    if len(modes) != len(mode) or not modes <= set('axrwb+t'):
        raise ValueError(f'invalid mode: {mode!r}')
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
        raise ValueError(f'illegal newline value: {newline}')
    if not binary and encoding is not None:
        if not isinstance(encoding, str):
            raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if encoding.lower().replace('-', '_') not in _ENCODINGS and \
                encoding.lower() not in _ENCODINGS:
            raise LookupError(f'unknown encoding: {encoding}')
    flags = _fileio.O_RDWR if updating else _fileio.O_RDONLY if reading else _fileio.O_WRONLY
    if writing:
        flags |= _fileio.O_CREAT | _fileio.O_TRUNC
    elif appending:
        flags |= _fileio.O_CREAT | _fileio.O_APPEND
    elif creating:
        flags |= _fileio.O_CREAT | _fileio.O_EXCL
    if isinstance(file, int):
        fd = file
    else:
        fd = _fileio.open_fd(file, flags)
        closefd = True
    readable = reading or updating
    writable = not reading or updating
    if binary:
        file_mode = ('rb+' if updating and reading else 'wb+' if updating and writing else
                     'ab+' if updating and appending else 'xb+' if updating else
                     'rb' if reading else 'wb' if writing else 'ab' if appending else 'xb')
        kind = BufferedRandom if updating else BufferedReader if reading else BufferedWriter
        return kind(fd, file, file_mode, readable, writable, appending, closefd)
    return TextIOWrapper(fd, file, mode, readable, writable, appending,
                         'UTF-8' if encoding is None else encoding,
                         'strict' if errors is None else errors, newline, closefd)
