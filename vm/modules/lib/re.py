# The re module: CPython 3.11's API over the native _re (module_re.cpp), which parses patterns
# (with _parser.py's errors) and matches them. Pattern and Match are classes here; flags are
# plain ints (CPython's are a RegexFlag enum).

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG",
]

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_MAXSIZE = 9223372036854775807
_FLAG_NAMES = [(TEMPLATE, "re.TEMPLATE"), (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
               (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"),
               (VERBOSE, "re.VERBOSE"), (DEBUG, "re.DEBUG"), (ASCII, "re.ASCII")]


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _text_of(string, chars):
    # A str of code points as the given string's type (bytes for a bytes pattern).
    if isinstance(string, str):
        return chars
    return bytes([ord(c) for c in chars])


class Match:
    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        # Groups of a bytearray are bytes, as _sre slices them.
        self._text = bytes(string) if isinstance(string, bytearray) else string

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, (str, bytes)):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _group(self, index, default=None):
        start = self._marks[2 * index]
        if start < 0:
            return default
        return self._text[start:self._marks[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple([self._group(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple([self._group(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re._names:
            result[name] = self._group(index, default)
        return result

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._marks[2 * index], self._marks[2 * index + 1])

    @property
    def regs(self):
        return tuple([(self._marks[2 * i], self._marks[2 * i + 1])
                      for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        last = self._marks[-1]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        last = self._marks[-1]
        for name, index in self.re._names:
            if index == last:
                return name
        return None

    def expand(self, template):
        return _expand(self.re, _template(self.re, template), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[0], self._marks[1], repr(self._group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Pattern:
    def __init__(self, pattern, flags, program):
        self.pattern = pattern
        self._program = program
        self.flags = program.flags
        self.groups = program.groups
        self._names = program.names
        self._groupindex = {}
        for name, index in self._names:
            self._groupindex[name] = index
        self._templates = {}

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def _run(self, string, pos, endpos, mode):
        marks = self._program.match(string, pos, endpos, mode)
        if marks is None:
            return None
        return Match(self, string, max(0, min(pos, len(string))),
                     max(0, min(endpos, len(string))), marks)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return self._program.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        start = max(0, min(pos, len(string)))
        end = max(0, min(endpos, len(string)))
        for marks in self._program.scan(string, pos, endpos, 0):
            yield Match(self, string, start, end, marks)

    def split(self, string, maxsplit=0):
        return self._program.split(string, maxsplit)

    def subn(self, repl, string, count=0):
        if not callable(repl):
            return self._program.sub(_template(self, repl), string, count)
        if isinstance(string, bytearray):
            string = bytes(string)
        if count < 0:
            return (string, 0)
        pieces = []
        last = 0
        n = 0
        for marks in self._program.scan(string, 0, _MAXSIZE, count):
            pieces.append(string[last:marks[0]])
            piece = repl(Match(self, string, 0, len(string), marks))
            if piece is not None:
                pieces.append(piece)
            last = marks[1]
            n += 1
        if n == 0:
            return (string, 0)
        pieces.append(string[last:])
        return (string[:0].join(pieces), n)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(pattern, template):
    # _parser.parse_template: a list of literal strs and group ints, or one str for a template
    # without groups. Its tokenizer reads a backslash and the character after it as one token,
    # a token ahead of the parser: a lone backslash that ends the template is an error as soon
    # as the parser has read up to it, whatever it would have found wrong after that.
    if isinstance(template, str):
        source = template
    else:
        source = "".join([chr(b) for b in template])
    n = len(source)
    trailing = n
    while trailing > 0 and source[trailing - 1] == "\\":
        trailing -= 1
    trailing = n - 1 if (n - trailing) % 2 else -1
    items = []
    literal = []
    i = 0

    def fail(msg, pos, exception=None):
        if trailing >= 0 and i >= trailing:
            return error("bad escape (end of pattern)", template, trailing)
        if exception is not None:
            return exception
        return error(msg, template, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise fail("invalid group reference %d" % index, pos)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = source[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            raise fail("bad escape (end of pattern)", i - 1)
        c = source[i]
        i += 1
        if c == "g":
            if i >= n or source[i] != "<":
                raise fail("missing <", i)
            i += 1
            start = i
            while i < n and source[i] != ">":
                i += 2 if source[i] == "\\" and i + 1 < n else 1
            name = source[start:i]
            if i >= n:
                if not name:
                    raise fail("missing group name", i)
                raise fail("missing >, unterminated name", start)
            i += 1
            if not name:
                raise fail("missing group name", start)
            if _re.isidentifier(name):
                index = pattern._groupindex.get(name)
                if index is None:
                    raise fail("", 0, IndexError("unknown group name '%s'" % name))
            else:
                if not name.isdigit():
                    raise fail("bad character in group name %s" % repr(name), start)
                index = int(name)
            addgroup(index, start)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and source[i] in "01234567":
                digits += source[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in "123456789":
            digits = c
            if i < n and source[i] in "0123456789":
                digits += source[i]
                i += 1
                if (c in "01234567" and digits[1] in "01234567" and i < n
                        and source[i] in "01234567"):
                    digits += source[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise fail("octal escape value \\%s outside of range 0-0o377" % digits,
                                   i - len(digits) - 1)
                    literal.append(chr(value))
                    continue
            addgroup(int(digits), i - len(digits))
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise fail("bad escape \\%s" % c, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        items.append("".join(literal))
    if isinstance(template, bytes):
        items = [item if isinstance(item, int) else _text_of(template, item) for item in items]
    if len(items) == 1 and not isinstance(items[0], int):
        return items[0]
    if not items:
        return template[:0]
    return items


def _template(pattern, template):
    if isinstance(pattern.pattern, str):
        if not isinstance(template, str):
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(template).__name__)
    elif not isinstance(template, (bytes, bytearray)):
        raise TypeError("expected a bytes-like object, %s found" % type(template).__name__)
    if "\\" not in template if isinstance(template, str) else 92 not in template:
        return template
    cached = pattern._templates.get(template)
    if cached is None:
        cached = _parse_template(pattern, template)
        if len(pattern._templates) < 100:
            pattern._templates[template] = cached
    return cached


def _expand(pattern, template, match):
    if not isinstance(template, list):
        return template
    empty = match._text[:0]
    pieces = []
    for item in template:
        if isinstance(item, int):
            value = match._group(item)
            if value is not None:
                pieces.append(value)
        else:
            pieces.append(item)
    return empty.join(pieces)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, int) is False:
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    if flags & ASCII and flags & UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    program = _re.compile(pattern, flags)
    if isinstance(program, tuple):
        msg = program[0]
        if msg.startswith("OverflowError:"):
            raise OverflowError(msg[14:])
        raise error(msg, pattern, program[1])
    compiled = Pattern(pattern, flags, program)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL_CHARS = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL_CHARS else c for c in pattern])
    text = "".join([chr(b) for b in pattern])
    return _text_of(pattern, "".join(["\\" + c if c in _SPECIAL_CHARS else c for c in text]))
