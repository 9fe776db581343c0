# collections for gilvm, written in the VM's Python subset (embedded in the binary, see
# vm/modules/python_lib.h): namedtuple, Counter, OrderedDict, with CPython 3.11's results, reprs
# and messages for what programs commonly do with them; deque and defaultdict are native
# (_collections).
#
# Differs from CPython, because the VM's classes cannot subclass builtin types other than list
# and dict:
# - defaultdict is native (_collections, a dict with a default_factory, as CPython's dict
#   subclass) and deque too (runtime/deque.h): neither can be subclassed by a class statement.
# - Counter and OrderedDict are dict subclasses, as CPython's; OrderedDict keeps its order in
#   the dict's own (no linked list), so move_to_end(key, last=False) and popitem(last=False)
#   take time in the dict's size.
# - namedtuple classes are not tuple subclasses: isinstance(p, tuple) is False and the fields
#   can be assigned; indexing, slicing, unpacking, len, iteration, ==, ordering and hash (those
#   of the tuple of values), repr, _replace, _asdict, _fields, _field_defaults and _make are as
#   CPython's. The field values live in instance attributes and in `_values`, a tuple.

from _collections import _count_elements, defaultdict, deque

_MISSING = object()

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield"])

################################################################################
# namedtuple
################################################################################

class _NamedTuple:
    # The methods every namedtuple class shares; each class adds _fields, _field_defaults and
    # __init__'s bookkeeping (_defaults, _name).
    def __getitem__(self, i):
        return self._values[i]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __contains__(self, x):
        return x in self._values

    def __hash__(self):
        return hash(self._values)

    def __eq__(self, other):
        if isinstance(other, _NamedTuple):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, _NamedTuple):
            return self._values != other._values
        if isinstance(other, tuple):
            return self._values != other
        return NotImplemented

    def __lt__(self, other):
        return self._values < _as_tuple(other)

    def __le__(self, other):
        return self._values <= _as_tuple(other)

    def __gt__(self, other):
        return self._values > _as_tuple(other)

    def __ge__(self, other):
        return self._values >= _as_tuple(other)

    def __add__(self, other):
        return self._values + _as_tuple(other)

    def __mul__(self, n):
        return self._values * n

    def __repr__(self):
        fields = self._fields
        values = self._values
        parts = []
        for i in range(len(fields)):
            parts.append(fields[i] + "=" + repr(values[i]))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def count(self, x):
        return self._values.count(x)

    def index(self, x):
        return self._values.index(x)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def _replace(self, **kwds):
        values = list(self._values)
        fields = self._fields
        for i in range(len(fields)):
            if fields[i] in kwds:
                values[i] = kwds.pop(fields[i])
        if kwds:
            raise ValueError("Got unexpected field names: " + repr(list(kwds)))
        return type(self)(*values)

    def __getnewargs__(self):
        return self._values


def _as_tuple(other):
    if isinstance(other, _NamedTuple):
        return other._values
    return other


def _namedtuple_init(self, *args, **kwargs):
    cls = type(self)
    fields = cls._fields
    if not kwargs and len(args) == len(fields):  # the common call, P(1, 2)
        i = 0
        for value in args:
            setattr(self, fields[i], value)
            i += 1
        self._values = args
        return
    nfields = len(fields)
    defaults = cls._defaults
    name = cls.__name__
    if len(args) > nfields:
        low = nfields - len(defaults) + 1
        if low == nfields + 1:
            takes = str(nfields + 1)
        else:
            takes = "from " + str(low) + " to " + str(nfields + 1)
        raise TypeError(name + ".__new__() takes " + takes + " positional argument" +
                        ("" if nfields == 0 and not defaults else "s") + " but " +
                        str(len(args) + 1) + " were given")
    values = list(args)
    if kwargs:
        for key in kwargs:
            if key not in fields:
                raise TypeError(name + ".__new__() got an unexpected keyword argument '" +
                                key + "'")
            if fields.index(key) < len(args):
                raise TypeError(name + ".__new__() got multiple values for argument '" +
                                key + "'")
    first_default = nfields - len(defaults)
    missing = []
    for i in range(len(args), nfields):
        field = fields[i]
        if field in kwargs:
            values.append(kwargs[field])
        elif i >= first_default:
            values.append(defaults[i - first_default])
        else:
            values.append(_MISSING)
            missing.append(field)
    if missing:
        quoted = ["'" + m + "'" for m in missing]
        if len(quoted) == 1:
            listed = quoted[0]
        elif len(quoted) == 2:
            listed = quoted[0] + " and " + quoted[1]
        else:
            listed = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
        raise TypeError(name + ".__new__() missing " + str(len(missing)) +
                        " required positional argument" + ("s" if len(missing) > 1 else "") +
                        ": " + listed)
    for i in range(nfields):
        setattr(self, fields[i], values[i])
    self._values = tuple(values)


def _namedtuple_make(cls, iterable):
    values = tuple(iterable)
    if len(values) != len(cls._fields):
        raise TypeError("Expected " + str(len(cls._fields)) + " arguments, got " +
                        str(len(values)))
    return cls(*values)


def _is_identifier(name):
    if not name or not isinstance(name, str):
        return False
    first = name[0]
    if not (first.isalpha() or first == "_"):
        return False
    for ch in name:
        if not (ch.isalnum() or ch == "_"):
            return False
    return True


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not _is_identifier(name) or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = "_" + str(index)
            seen.add(name)
    for name in [typename] + field_names:
        if not _is_identifier(name):
            raise ValueError("Type names and field names must be valid identifiers: " +
                             repr(name))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    else:
        defaults = ()
    namespace = {
        "__init__": _namedtuple_init,
        "_fields": tuple(field_names),
        "_field_defaults": field_defaults,
        "_defaults": defaults,
        "_make": classmethod(_namedtuple_make),
    }
    return type(typename, (_NamedTuple,), namespace)


################################################################################
# Counter and OrderedDict: dict subclasses, as CPython's
################################################################################

class OrderedDict(dict):
    def __init__(self, other=(), /, **kwargs):
        self.update(other, **kwargs)

    def __eq__(self, other):
        # Between two OrderedDicts the order counts too.
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        for key in self:
            break
        return (key, dict.pop(self, key))

    def copy(self):
        return OrderedDict(self)

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = OrderedDict(self)
        result.update(other)
        return result

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self.items())) + ")"


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # A missing element counts zero, and is not added.
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __copy__(self):
        return self.copy()

    def __delitem__(self, key):
        # Like dict's, but an absent element is no error.
        if key in self:
            dict.__delitem__(self, key)

    def __eq__(self, other):
        # Since 3.10, missing elements count as zero.
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if self[e] != other[e]:
                return False
        for e in other:
            if self[e] != other[e]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def __repr__(self):
        if not self:
            return "Counter()"
        parts = []
        for elem, count in self.most_common():
            parts.append(repr(elem) + ": " + repr(count))
        return "Counter({" + ", ".join(parts) + "})"

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    # The in-place operators change the Counter itself (keeping its identity), then drop
    # the counts that are not positive, as CPython's.
    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in list(other.items()):
            self[elem] = self.get(elem, 0) + count
        return self._keep_positive()

    def __isub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in list(other.items()):
            self[elem] = self.get(elem, 0) - count
        return self._keep_positive()

    def __ior__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, other_count in list(other.items()):
            if other_count > self.get(elem, 0):
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result


def _count_of(item):
    return item[1]
