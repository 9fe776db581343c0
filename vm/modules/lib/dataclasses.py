# dataclasses for gilvm (embedded; see vm/modules/python_lib.h), after CPython 3.11's
# Lib/dataclasses.py: the fields come from the class's own __annotations__ (base dataclasses'
# first), and the methods are made here. CPython writes their source and exec()s it; gilvm has no
# exec, so __init__ is a native function bound to the fields (_dataclasses.make_init, as fast as
# a class's own __init__) and the others are closures over the field names.
# Not supported: slots=True (accepted, no __slots__ made), weakref_slot.

import copy as _copy
import typing as _typing
from threading import get_ident as _get_ident
from _dataclasses import make_init as _make_init

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class _InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'


class _InitVarForm:
    # InitVar[T] (gilvm has no __class_getitem__: InitVar is this object, T's marker an _InitVar).
    def __getitem__(self, type):
        return _InitVar(type)

    def __call__(self, type):
        return _InitVar(type)

    def __repr__(self):
        return "<class 'dataclasses.InitVar'>"


InitVar = _InitVarForm()


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_is(annotation, name, form_test):
    # ClassVar / InitVar, as an object or, under `from __future__ import annotations`, as text:
    # "ClassVar[int]", "typing.ClassVar", "dataclasses.InitVar[str]".
    if isinstance(annotation, str):
        head = annotation.strip().split('[')[0].strip()
        return head == name or head.endswith('.' + name)
    return form_test(annotation)


def _is_classvar(annotation):
    return annotation is _typing.ClassVar or (
        type(annotation) is _typing._SpecialForm and annotation._name == 'ClassVar')


def _is_initvar(annotation):
    return annotation is InitVar or type(annotation) is _InitVar


def _is_mutable_default(value):
    if isinstance(value, (list, dict, set, bytearray)):
        return True
    cls = type(value)
    return hasattr(cls, '__dataclass_fields__') and cls.__hash__ is None


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _annotation_is(annotation, 'ClassVar', _is_classvar):
        f._field_type = _FIELD_CLASSVAR
    elif _annotation_is(annotation, 'InitVar', _is_initvar):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD and _is_mutable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    if f._field_type is _FIELD and f.kw_only is MISSING:
        f.kw_only = default_kw_only
    return f


def _field_values(names):
    def values(obj):
        return tuple([getattr(obj, name) for name in names])
    return values


_repr_running = set()  # (id(object), thread): the reprs under way, for CPython's '...'


def _make_repr(names):
    def __repr__(self):
        key = (id(self), _get_ident())
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return (self.__class__.__qualname__ + '(' +
                    ', '.join([f'{name}={getattr(self, name)!r}' for name in names]) + ')')
        finally:
            _repr_running.discard(key)
    return __repr__


def _make_eq(values):
    def __eq__(self, other):
        if type(other) is type(self):
            return values(self) == values(other)
        return NotImplemented
    return __eq__


def _make_order(values):
    # The four comparisons of the field tuples, for order=True.
    def __lt__(self, other):
        if type(other) is type(self):
            return values(self) < values(other)
        return NotImplemented

    def __le__(self, other):
        if type(other) is type(self):
            return values(self) <= values(other)
        return NotImplemented

    def __gt__(self, other):
        if type(other) is type(self):
            return values(self) > values(other)
        return NotImplemented

    def __ge__(self, other):
        if type(other) is type(self):
            return values(self) >= values(other)
        return NotImplemented
    return (('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__))


def _make_hash(values):
    def __hash__(self):
        return hash(values(self))
    return __hash__


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_new_attribute(cls, own, name, value):
    # A method the class body defined stays; True when it did.
    if name in own:
        return True
    setattr(cls, name, value)
    return False


def _is_kw_only(annotation):
    return annotation is KW_ONLY


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    own = cls.__dict__
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dataclass_params__.frozen:
                any_frozen_base = True

    cls_annotations = own.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, annotation in cls_annotations.items():
        if _annotation_is(annotation, 'KW_ONLY', _is_kw_only):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, annotation, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(own.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in own.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = own.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in own))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        seen_default = False
        for f in all_fields:
            if f._field_type is _FIELD_CLASSVAR or not f.init or f.kw_only is True:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
            else:
                seen_default = True
        specs = tuple([(f.name, bool(f.init), f.default,
                        None if f.default_factory is MISSING else f.default_factory,
                        f._field_type is _FIELD, f.kw_only is True)
                       for f in all_fields if f._field_type is not _FIELD_CLASSVAR])
        _set_new_attribute(cls, own, '__init__',
                           _make_init((cls.__qualname__, specs, bool(frozen),
                                       hasattr(cls, '__post_init__'), MISSING)))

    if repr:
        _set_new_attribute(cls, own, '__repr__',
                           _make_repr(tuple([f.name for f in std_fields if f.repr])))

    compared = tuple([f.name for f in std_fields if f.compare])
    values = _field_values(compared)
    if eq:
        _set_new_attribute(cls, own, '__eq__', _make_eq(values))

    if order:
        for name, method in _make_order(values):
            if _set_new_attribute(cls, own, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen(cls, tuple([f.name for f in all_fields]))
        for name, method in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, own, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    # CPython's _hash_action table, by (unsafe_hash, eq, frozen, has_explicit_hash).
    hashed = tuple([f.name for f in std_fields
                    if (f.compare if f.hash is None else f.hash)])
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(_field_values(hashed))
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(_field_values(hashed))
        else:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, own, '__match_args__',
                           tuple([f.name for f in std_fields if f.init and not f.kw_only]))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
