# collections.abc for gilvm (embedded; see vm/modules/python_lib.h), after CPython 3.11's
# Lib/_collections_abc.py: the ABCs, their mixin methods, register(), and isinstance() and
# issubclass() by structure (a class with __iter__ is Iterable). gilvm has no metaclasses: the
# ABCs define __instancecheck__ and __subclasscheck__ as classmethods, which isinstance() and
# issubclass() call when the MRO does not answer (builtins_classes.cpp). Builtin types show no
# special methods as attributes, so which ABCs each one is an instance of is a table of CPython's
# answers.
# Abstract methods are not enforced: a subclass that leaves one out can still be instantiated.

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'ByteString']

_MISSING = object()

# CPython 3.11's isinstance(value, abc) for the values of each builtin type, as a string of
# '1' and '0' in the order of _TABLE_ORDER.
_TABLE_ORDER = ('Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Hashable',
                'Callable', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set',
                'MutableSet', 'Collection', 'Reversible', 'ByteString')
_ITERATOR = '1100010000000000'
_SCALAR = '0000010000000000'
_CALLABLE = '0000011000000000'
_BUILTIN_TYPES = {
    'list': '1001100110000110',
    'tuple': '1001110100000110',
    'dict': '1001100001100110',
    'defaultdict': '1001100001100110',
    'set': '1001100000011100',
    'frozenset': '1001110000010100',
    'str': '1001110100000110',
    'bytes': '1001110100000111',
    'bytearray': '1001100110000111',
    'range': '1001110100000110',
    'deque': '1001100110000110',
    'dict_keys': '1001100000010110',
    'dict_items': '1001100000010110',
    'dict_values': '1001110000000110',
    'generator': '1110010000000000',
    'int': _SCALAR, 'float': _SCALAR, 'bool': _SCALAR, 'complex': _SCALAR,
    'NoneType': _SCALAR, 'slice': '0000000000000000', 'object': _SCALAR,
    'NotImplementedType': _SCALAR, 'ellipsis': _SCALAR,
    'builtin_function_or_method': _CALLABLE, 'function': _CALLABLE, 'method': _CALLABLE,
    'type': _CALLABLE,
}


def _builtin_row(C):
    # The table's row for a builtin type (its repr names no module, or it has no MRO: the
    # type builtins, collections.deque), else None. Builtin iterators (list_iterator, zip, map,
    # itertools.count, ...) are Iterators.
    name = getattr(C, '__name__', None)
    if not isinstance(name, str):
        return None
    if repr(C) != f"<class '{name}'>" and hasattr(C, '__mro__'):
        return None
    row = _BUILTIN_TYPES.get(name)
    if row is not None:
        return row
    if name.endswith('iterator') or name in (
            'zip', 'map', 'filter', 'enumerate', 'reversed', 'count', 'cycle', 'repeat',
            'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse', 'groupby',
            'islice', 'pairwise', 'starmap', 'takewhile', 'zip_longest', 'product',
            'permutations', 'combinations', 'combinations_with_replacement', '_tee',
            'callable_iterator'):
        return _ITERATOR
    return _SCALAR


def _check_methods(C, *methods):
    # CPython's: every method defined (and not set to None) on the class or a base.
    for method in methods:
        if getattr(C, method, None) is None:
            return NotImplemented
    return True


_cache = {}  # (abc, class) -> the answer; register() empties it


class _ABC:
    # What ABCMeta gives CPython's ABCs: register(), and the checks isinstance() and
    # issubclass() make past the MRO (the registry, __subclasshook__, the subclasses'), cached.
    _abc_registry = ()
    _abc_subclasses = ()

    def __init_subclass__(cls, **kwargs):
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in cls.__bases__:
            if base is not _ABC and issubclass(base, _ABC):
                base._abc_subclasses.append(cls)
        _cache.clear()

    @classmethod
    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        _cache.clear()
        return subclass

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented

    @classmethod
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    @classmethod
    def __subclasscheck__(cls, C):
        key = (cls, C)
        answer = _cache.get(key)
        if answer is None:
            answer = _cache[key] = _is_subclass(cls, C)
        return answer


def _is_subclass(cls, C):
    row = _builtin_row(C)
    if row is not None:
        if cls in _TABLE_ABCS:
            return row[_TABLE_ORDER.index(cls.__name__)] == '1'
    else:
        if C is cls or cls in C.__mro__:
            return True
        ok = cls.__subclasshook__(C)
        if ok is not NotImplemented:
            return bool(ok)
    for registered in cls._abc_registry:
        if issubclass(C, registered):
            return True
    for subclass in cls._abc_subclasses:
        if issubclass(C, subclass):
            return True
    return False


def _structural(*methods):
    # The __subclasshook__ of a one-trick ABC: the class itself, not a subclass, asks.
    def __subclasshook__(cls, C):
        if cls is _one_trick.get(cls.__name__):
            return _check_methods(C, *methods)
        return NotImplemented
    return classmethod(__subclasshook__)


class Hashable(_ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            # A class without __eq__ has object's hash (gilvm shows none); one with __eq__ and
            # no __hash__ has __hash__ None.
            return getattr(C, '__hash__', _MISSING) is not None
        return NotImplemented


class Iterable(_ABC):
    __subclasshook__ = _structural('__iter__')


class Iterator(Iterable):
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _structural('__iter__', '__next__')


class Reversible(Iterable):
    __subclasshook__ = _structural('__reversed__', '__iter__')


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    def send(self, value):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')

    __subclasshook__ = _structural('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_ABC):
    __subclasshook__ = _structural('__len__')


class Container(_ABC):
    __subclasshook__ = _structural('__contains__')


class Collection(Sized, Iterable, Container):
    __subclasshook__ = _structural('__len__', '__iter__', '__contains__')


class Callable(_ABC):
    __subclasshook__ = _structural('__call__')


class Awaitable(_ABC):
    __subclasshook__ = _structural('__await__')


class Coroutine(Awaitable):
    __subclasshook__ = _structural('__await__', 'send', 'throw', 'close')


class AsyncIterable(_ABC):
    __subclasshook__ = _structural('__aiter__')


class AsyncIterator(AsyncIterable):
    __subclasshook__ = _structural('__aiter__', '__anext__')


class AsyncGenerator(AsyncIterator):
    __subclasshook__ = _structural('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


_one_trick = {cls.__name__: cls for cls in (
    Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable,
    Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator)}


class Set(Collection):
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = [e for s in (self, other) for e in s]
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__


class MutableSet(Set):
    def add(self, value):
        raise NotImplementedError

    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    def __setitem__(self, key, value):
        raise KeyError

    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    pass


class MutableSequence(Sequence):
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# The ABCs that _BUILTIN_TYPES answers for (not their subclasses: list is no user's Sequence).
_TABLE_ABCS = {Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection,
               Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence,
               ByteString}

# collections' dict-like classes are no dict subclasses in gilvm (collections.py): registered.
# The module is not kept: collections.abc is this one, and the modules would hold each other.
import collections as _collections
MutableMapping.register(_collections.Counter)
MutableMapping.register(_collections.OrderedDict)
del _collections
