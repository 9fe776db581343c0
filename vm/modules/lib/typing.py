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
