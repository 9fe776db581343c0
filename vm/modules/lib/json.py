# json for gilvm (embedded; see vm/modules/python_lib.h): CPython 3.11's API over the C++
# encoder and decoder of _json (module_json.cpp), which do all the work. dumps() and loads()
# take CPython's keywords; JSONEncoder and JSONDecoder are here for cls= and subclasses that
# override default().

import _json


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
            default, sort_keys):
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    if separators is None:
        item_separator, key_separator = (', ', ': ') if indent is None else (',', ': ')
    else:
        item_separator, key_separator = separators
    return _json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
                        indent, item_separator, key_separator, default)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {type(o).__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                       self.allow_nan, self.indent, (self.item_separator, self.key_separator),
                       self.default, self.sort_keys)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is not None:
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).encode(obj)
    return _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                   default, sort_keys)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _decode(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                       self.parse_int, self.parse_constant, self.strict)


def _decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict):
    # float and int are what the decoder makes anyway (None: no call per number).
    if parse_float is float:
        parse_float = None
    if parse_int is int:
        parse_int = None
    return _json.decode(s, object_hook, object_pairs_hook, parse_float, parse_int,
                        parse_constant, strict, JSONDecodeError)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {type(s).__name__}')
        if s.startswith(b'\xef\xbb\xbf'):  # utf-8-sig
            s = s[3:]
        s = s.decode('utf-8')
    if cls is not None:
        return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                   parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
                   **kw).decode(s)
    return _decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
                   kw.get('strict', True))


def load(fp, **kw):
    return loads(fp.read(), **kw)


# json.decoder and json.encoder, CPython's submodules, as namespaces of their names here
# (`from json.decoder import JSONDecodeError` imports from them).
class decoder:
    JSONDecodeError = JSONDecodeError
    JSONDecoder = JSONDecoder


class encoder:
    JSONEncoder = JSONEncoder
