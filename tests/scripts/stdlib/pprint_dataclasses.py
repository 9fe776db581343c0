# pprint of dataclasses: fields as name=value over lines when too long, nested in containers;
# a dataclass with its own __repr__ or repr=False prints that repr.
import pprint
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Shape:
    name: str
    points: list
    tags: dict = field(default_factory=dict)
    hidden: int = field(default=0, repr=False)

@dataclass
class Custom:
    values: list
    def __repr__(self):
        return 'Custom(%d values)' % len(self.values)

@dataclass(repr=False)
class NoRepr:
    values: list

s = Shape('polygon with a long name', [Point(i, i * i) for i in range(6)], {'colour': 'red', 'layer': 3})
pprint.pprint(s)
pprint.pprint(s, width=40)
pprint.pprint([Point(1, 2), Point(3, 4)], width=10)
pprint.pprint(Point(1, 2))
pprint.pprint({'shape': s}, width=60)
pprint.pprint(Custom(list(range(50))))
print(pprint.pformat(NoRepr(list(range(30)))).startswith('<__main__.NoRepr object at'))
print(pprint.pformat(Point) == repr(Point))

# expect: Shape(name='polygon with a long name',
# expect:       points=[Point(x=0, y=0),
# expect:               Point(x=1, y=1),
# expect:               Point(x=2, y=4),
# expect:               Point(x=3, y=9),
# expect:               Point(x=4, y=16),
# expect:               Point(x=5, y=25)],
# expect:       tags={'colour': 'red', 'layer': 3})
# expect: Shape(name='polygon with a long name',
# expect:       points=[Point(x=0, y=0),
# expect:               Point(x=1, y=1),
# expect:               Point(x=2, y=4),
# expect:               Point(x=3, y=9),
# expect:               Point(x=4, y=16),
# expect:               Point(x=5, y=25)],
# expect:       tags={'colour': 'red', 'layer': 3})
# expect: [Point(x=1,
# expect:        y=2),
# expect:  Point(x=3,
# expect:        y=4)]
# expect: Point(x=1, y=2)
# expect: {'shape': Shape(name='polygon with a long name',
# expect:                 points=[Point(x=0, y=0),
# expect:                         Point(x=1, y=1),
# expect:                         Point(x=2, y=4),
# expect:                         Point(x=3, y=9),
# expect:                         Point(x=4, y=16),
# expect:                         Point(x=5, y=25)],
# expect:                 tags={'colour': 'red', 'layer': 3})}
# expect: Custom(50 values)
# expect: True
# expect: True
