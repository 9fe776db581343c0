# typing for gilvm (embedded; see vm/modules/python_lib.h): the names that annotations and type
# aliases use, so that programs importing them run. Only a class body keeps its annotations
# (in __annotations__, for dataclasses), so these need to exist, subscript (List[int]) and be
# usable as bases (Generic[T], Protocol); dataclasses recognises ClassVar[...] by its _name.
# Not a type checker: isinstance() against them is not supported; cast() returns its value.

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self._origin = origin

    def __getitem__(self, parameters):
        return _SpecialForm(self._name, self._origin)

    def __call__(self, *args, **kwargs):
        if self._origin is None:
            raise TypeError("Cannot instantiate typing." + self._name)
        return self._origin(*args, **kwargs)

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return Union

    def __ror__(self, other):
        return Union


Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
Callable = _SpecialForm("Callable")
Type = _SpecialForm("Type", type)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
Annotated = _SpecialForm("Annotated")
List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)
DefaultDict = _SpecialForm("DefaultDict")
Deque = _SpecialForm("Deque")
Counter = _SpecialForm("Counter")
OrderedDict = _SpecialForm("OrderedDict")
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
MutableSequence = _SpecialForm("MutableSequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
AbstractSet = _SpecialForm("AbstractSet")
MutableSet = _SpecialForm("MutableSet")
Collection = _SpecialForm("Collection")
Container = _SpecialForm("Container")
Hashable = _SpecialForm("Hashable")
Sized = _SpecialForm("Sized")
Reversible = _SpecialForm("Reversible")
Awaitable = _SpecialForm("Awaitable")
Coroutine = _SpecialForm("Coroutine")
AnyStr = _SpecialForm("AnyStr")
Text = str
SupportsInt = _SpecialForm("SupportsInt")
SupportsFloat = _SpecialForm("SupportsFloat")
SupportsIndex = _SpecialForm("SupportsIndex")
SupportsAbs = _SpecialForm("SupportsAbs")


class Protocol:
    pass


class _GenericBase:
    pass


class _GenericForm:
    # Generic[T] as a base: a plain class (the VM has no __class_getitem__).
    def __getitem__(self, parameters):
        return _GenericBase

    def __repr__(self):
        return "typing.Generic"


Generic = _GenericForm()


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


_NAMEDTUPLE_PROHIBITED = frozenset(["__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                    "_field_defaults", "_make", "_replace", "_asdict", "_source"])


class NamedTuple(tuple):
    # `class Employee(NamedTuple): name: str; id: int = 3` and NamedTuple("Pair", [("a", int)]).
    # gilvm has no metaclasses: the subclass itself becomes the namedtuple (its fields,
    # defaults, __new__ and methods set on it by __init_subclass__, collections.namedtuple's),
    # with NamedTuple in its MRO, and its instances may have attributes of their own (CPython's
    # have __slots__ = ()).
    __slots__ = ()

    def __new__(cls, typename, fields=None, /, **kwargs):
        from collections import namedtuple
        if fields is None:
            fields = kwargs.items()
        return namedtuple(typename, [name for name, _ in fields])

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:  # a subclass of a NamedTuple class: a plain one
            return
        from collections import _namedtuple_namespace
        own = cls.__dict__
        fields = list(own.get("__annotations__", {}))
        defaults = []
        default_names = []
        for name in fields:
            if name in own:
                defaults.append(own[name])
                default_names.append(name)
            elif defaults:
                raise TypeError("Non-default namedtuple field " + name +
                                " cannot follow default field" +
                                ("s " if len(default_names) > 1 else " ") +
                                ", ".join(default_names))
        for key in own:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        namespace = _namedtuple_namespace(cls.__name__, tuple(fields), defaults)
        if own.get("__doc__") is not None:
            del namespace["__doc__"]
        for key in namespace:
            if key in fields or key not in own:
                setattr(cls, key, namespace[key])


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return {}


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type
