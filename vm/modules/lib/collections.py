# collections for gilvm, written in the VM's Python subset (embedded in the binary, see
# vm/modules/python_lib.h): namedtuple, Counter, OrderedDict, with CPython 3.11's results, reprs
# and messages for what programs commonly do with them; deque and defaultdict are native
# (_collections).
#
# Differs from CPython:
# - defaultdict is native (_collections, a dict with a default_factory, as CPython's dict
#   subclass) and deque too (runtime/deque.h): neither can be subclassed by a class statement.
# - Counter and OrderedDict are dict subclasses, as CPython's; OrderedDict keeps its order in
#   the dict's own (no linked list), so move_to_end(key, last=False) takes time in the dict's
#   size, and popitem(last=False) time in the holes that removals left at its front.
# - namedtuple classes are tuple subclasses, as CPython's, but their __new__ is native (no
#   source text evaluated): P.__new__.__defaults__ and __code__ are not there.

from _collections import (_count_elements, _namedtuple_new, _odict_methods, _tuplegetter,
                          defaultdict, deque)

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield"])

################################################################################
# namedtuple
################################################################################

# A namedtuple class is a subclass of tuple, as CPython's: `__slots__ = ()`, each field a
# _tuplegetter (item i, read-only) and a native __new__ (_namedtuple_new) that binds the fields
# as CPython's generated `def __new__(_cls, x, y=...)` binds them, with its messages.

_tuple_new = tuple.__new__


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


def _namedtuple_namespace(typename, field_names, defaults):
    # What a namedtuple class holds (typing.NamedTuple's too): its fields, their defaults (None
    # or an iterable, for the last ones), its __new__ and methods.
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    else:
        defaults = ()
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join([name + "=%r" for name in field_names]) + ")"

    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected " + str(num_fields) + " arguments, got " +
                            str(len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError("Got unexpected field names: " + repr(list(kwds)))
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": typename + "(" + arg_list + ")",
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": staticmethod(_namedtuple_new(typename, field_names, defaults)),
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index in range(num_fields):
        namespace[field_names[index]] = _tuplegetter(index, "Alias for field number " + str(index))
    return namespace


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
    namespace = _namedtuple_namespace(typename, tuple(field_names), defaults)
    namespace["__slots__"] = ()
    result = type(typename, (tuple,), namespace)
    if module is not None:
        result.__module__ = module
    return result


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
        name = type(self).__name__
        if not self:
            return name + "()"
        return name + "(" + repr(list(self.items())) + ")"


# Natives (_collections), bound to the instance as methods.
OrderedDict.move_to_end, OrderedDict.popitem = _odict_methods(OrderedDict)


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
