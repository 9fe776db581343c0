# typing's names (subscripted, as bases: Generic[T], Protocol; TypeVar; cast) and contextlib
# (contextmanager with and without exceptions, one swallowed inside the generator; suppress).
from typing import List, Dict, Optional, Tuple, Any, Callable, TypeVar, Generic, Union, Iterator, Protocol
import typing
from contextlib import contextmanager, suppress
T = TypeVar("T")
Vector = List[float]
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack(); s.push(1); s.push(2); print(s.pop(), isinstance(s, Stack))
def f(x: Optional[int] = None, cb: Callable[[int], str] = str) -> Dict[str, Tuple[int, ...]]:
    return {"a": (x,)}
print(f(3), typing.cast(int, "x"), List, T)
class Shape(Protocol):
    def area(self) -> float: ...
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t: print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e: print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow(): raise KeyError(1)
print("after")
with suppress(ZeroDivisionError): 1 / 0
print("suppressed")

# expect: 2 True
# expect: {'a': (3,)} x typing.List ~T
# expect: <b>
# expect: inside B
# expect: </b>
# expect: <i>
# expect: </i>
# expect: caught boom
# expect: swallowed
# expect: after
# expect: suppressed
