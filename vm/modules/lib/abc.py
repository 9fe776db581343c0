# abc for gilvm (embedded; see vm/modules/python_lib.h): ABC with register() and the
# isinstance()/issubclass() checks of collections.abc's classes (__subclasshook__, registered
# classes), abstractmethod marking its function.
# Differs from CPython: abstract methods are not enforced (a class that leaves one out can be
# instantiated), and ABCMeta is `type` (gilvm has no other metaclass), so `metaclass=ABCMeta`
# gives a plain class.
from _collections_abc import _ABC

ABCMeta = type


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABC(_ABC):
    __slots__ = ()
