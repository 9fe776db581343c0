# Annotations are parsed and dropped: parameter and return annotations, annotated assignments
# (with and without a value) at module, class and function level, `from __future__ import
# annotations`, and `...` (Ellipsis) as a body and a value.
from __future__ import annotations


def scale(v: list[float], k: float = 2.0, *rest: int, flag: bool = False, **kw: str) -> list:
    return [x * k for x in v] + list(rest) + [flag, sorted(kw)]


print(scale([1.0, 2.5], 3, 7, flag=True, z="a"))
total: int = 10
pending: list
total += 5
print(total)


class Point:
    dims: int = 2

    def __init__(self, x: float, y: float) -> None:
        self.x: float = x
        self.y: float = y
        self.history: list[tuple[float, float]] = []

    def norm(self) -> float:
        result: float
        result = (self.x ** 2 + self.y ** 2) ** 0.5
        return result


p = Point(3, 4)
print(p.dims, p.norm(), p.history)
table: dict[str, int] = {}
table["a"]: int = 1
print(table)


def stub(x: int) -> int: ...


class Protocolish:
    def method(self): ...


print(stub(1), Protocolish().method(), ..., Ellipsis, ... is Ellipsis, repr(...))
print(type(...).__name__, [1, ..., 2])
f = lambda a, b=1: a + b
print(f(2))

# expect: [3.0, 7.5, 7, True, ['z']]
# expect: 15
# expect: 2 5.0 []
# expect: {'a': 1}
# expect: None None Ellipsis Ellipsis True Ellipsis
# expect: ellipsis [1, Ellipsis, 2]
# expect: 3
