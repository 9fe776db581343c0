# dataclasses under `from __future__ import annotations`: the annotations are kept as their
# source text, a ClassVar and an InitVar are still recognised from it, and a class can name
# itself in its annotations.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, Optional


@dataclass
class Node:
    value: int
    next: Optional[Node] = None
    children: list[Node] = field(default_factory=list)
    count: ClassVar[int] = 0
    weights: dict[str,  int] = field(default_factory=dict)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.value *= scale


n = Node(1, Node(2), scale=3)
print(n)
print(Node.__annotations__)
print([(f.name, f.type) for f in dataclasses.fields(Node)])
print(Node.count, 'count' in Node.__dataclass_fields__, Node.__dataclass_fields__['count']._field_type)


class Plain:
    a: int
    b: 'str' = 'x'
    c: int | None = None


print(Plain.__annotations__, Plain.b)

# CPython 3.11's output:
# expect: Node(value=3, next=Node(value=2, next=None, children=[], weights={}), children=[], weights={})
# expect: {'value': 'int', 'next': 'Optional[Node]', 'children': 'list[Node]', 'count': 'ClassVar[int]', 'weights': 'dict[str, int]', 'scale': 'InitVar[int]'}
# expect: [('value', 'int'), ('next', 'Optional[Node]'), ('children', 'list[Node]'), ('weights', 'dict[str, int]')]
# expect: 0 True _FIELD_CLASSVAR
# expect: {'a': 'int', 'b': "'str'", 'c': 'int | None'} x
