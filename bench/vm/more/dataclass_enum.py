# A @dataclass with defaults and a field(default_factory), its generated `__eq__` and `__repr__`;
# an Enum's members.
from dataclasses import dataclass, field
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
def main(n):
    items = [Item("i%d" % i, i * 0.5, i % 4 + 1) for i in range(200)]
    t = 0.0
    colors = list(Color)
    cc = 0
    for r in range(n):
        for it in items:
            t += it.total()
        c = colors[r % 3]
        if c is Color.GREEN:
            cc += c.value
        cc += len(c.name)
    return round(t, 2), cc, items[3] == Item("i3", 1.5, 4), repr(items[1])
print(main(500))
