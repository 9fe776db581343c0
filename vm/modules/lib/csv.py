# csv for gilvm (embedded; see vm/modules/python_lib.h): CPython 3.11's reader, writer,
# DictReader, DictWriter and dialects, in Python where CPython's are C (_csv.c): the reader is
# the same state machine, fed a line at a time (a quoted field may span lines), so that rows,
# errors and line_num are CPython's; the writer quotes and escapes as _csv.c's join_append.
# Not here: Sniffer.

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'unix_dialect', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', 'field_size_limit',
           'DictReader', 'DictWriter', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


def _char(name, value, allow_none):
    # A dialect's one-character parameter, checked as _csv.c's _set_char.
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _Parameters:
    # A dialect's parameters, checked once (what reader() and writer() use).
    __slots__ = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                 'lineterminator', 'quoting', 'strict')

    def __init__(self, dialect, overrides):
        def get(name, default):
            if name in overrides:
                return overrides[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        for name in overrides:
            if name not in self.__slots__:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        self.delimiter = _char('delimiter', get('delimiter', ','), False)
        self.doublequote = bool(get('doublequote', True))
        self.escapechar = _char('escapechar', get('escapechar', None), True)
        terminator = get('lineterminator', '\r\n')
        if not isinstance(terminator, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(terminator).__name__}')
        self.lineterminator = terminator
        quoting = get('quoting', QUOTE_MINIMAL)
        quotechar = get('quotechar', '"')
        if quotechar is None and 'quoting' not in overrides:  # no quote character: no quoting
            quoting = QUOTE_NONE
        elif quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.quotechar = _char('quotechar', quotechar, True)
        self.skipinitialspace = bool(get('skipinitialspace', False))
        self.strict = bool(get('strict', False))


class Dialect:
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        try:
            _Parameters(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Parameters(_resolve(dialect), fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def _resolve(dialect):
    if isinstance(dialect, str):
        return get_dialect(dialect)
    return dialect


def _parameters(dialect, fmtparams):
    return _Parameters(_resolve(dialect), fmtparams)


# The reader's states (_csv.c's ParserState).
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _reader:
    def __init__(self, lines, dialect):
        self._lines = lines
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f'field larger than field limit ({_field_limit})')
        self._field.append(c)

    def _process(self, c):
        # One character of a line, or None for the line's end (_csv.c's '\0').
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is None else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is None:
                return
            if c is None or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is None else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")

    def _plain_row(self, line):
        # The row of a whole line with no quote or escape character and no line break but at
        # its end, as the state machine would read it (a split), or None for the machine: what
        # most lines of most files are.
        d = self.dialect
        if d.skipinitialspace or d.quoting == QUOTE_NONNUMERIC or len(line) > _field_limit:
            return None
        if (d.quoting != QUOTE_NONE and d.quotechar in line) or (
                d.escapechar is not None and d.escapechar in line):
            return None
        if line.endswith('\r\n'):
            line = line[:-2]
        elif line.endswith('\n') or line.endswith('\r'):
            line = line[:-1]
        if '\n' in line or '\r' in line:
            return None
        return line.split(d.delimiter) if line else []

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        first = True
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            if first:
                first = False
                row = self._plain_row(line)
                if row is not None:
                    return row
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                break
        return self._fields


def reader(csvfile, dialect='excel', **fmtparams):
    return _reader(iter(csvfile), _parameters(dialect, fmtparams))


class _writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        # The characters that make a field quoted or escaped.
        self._special = tuple(c for c in {dialect.delimiter, dialect.quotechar,
                                          dialect.escapechar, *dialect.lineterminator}
                              if c is not None)

    def _field(self, text, quoted):
        # The field as written (_csv.c's join_append_data): quoted when it holds a delimiter,
        # the quote or escape character, or a character of the line terminator.
        d = self.dialect
        for c in self._special:
            if c in text:
                break
        else:
            return d.quotechar + text + d.quotechar if quoted else text
        out = []
        for c in text:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar or
                    c in d.lineterminator):
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        return d.quotechar + text + d.quotechar if quoted else text

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not (isinstance(field, (int, float, complex)) or
                              hasattr(field, '__float__') or hasattr(field, '__index__'))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    try:
        write = csvfile.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method')
    return _writer(write, _parameters(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
