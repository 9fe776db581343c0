# dataclasses: fields from the class's __annotations__, the generated __init__ (native),
# __repr__, __eq__, ordering, frozen, field() options, __post_init__, ClassVar and InitVar,
# inheritance, fields/asdict/astuple/replace/is_dataclass, and CPython 3.11's errors.
# args: --gil newgil
# args: --gil nogil
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import FrozenInstanceError, InitVar, MISSING
from typing import ClassVar, List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__annotations__, Point.y, Point.__hash__, Point.__match_args__)
print([f.name for f in fields(Point)], [f.default is MISSING for f in fields(p)], fields(Point)[0].type)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))
p.x = 10
print(p, vars(p))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'z': 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(e)


@dataclass
class Three:
    a: int
    b: str
    c: float


for args in [(), (1,)]:
    try:
        Three(*args)
    except TypeError as e:
        print(e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)


v = Version(1, 2, 'x')
print(v, v < Version(1, 3), v >= Version(1, 2), v == Version(1, 2, 'y'), sorted([Version(2), v, Version(1)]))
print(hash(v) == hash((1, 2)), {v: 1}[Version(1, 2)])
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    v < (1, 2)
except TypeError as e:
    print(e)
print(v.__lt__((1, 2)))


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, init=False)
    tag: Optional[str] = None
    kind: ClassVar[str] = 'inventory'

    def __post_init__(self):
        self.total = len(self.items)


a, b = Inventory(), Inventory(['x', 'y'])
a.items.append('z')
print(a, b, Inventory().items, b.total, Inventory.kind, [f.name for f in fields(Inventory)])
try:
    Inventory(total=3)
except TypeError as e:
    print(e)


@dataclass
class WithInitVar:
    x: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.x = self.x * scale


w = WithInitVar(3)
print(w, WithInitVar(3, 10), [f.name for f in fields(w)], hasattr(w, 'scale') and w.scale)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    y: int = 5


d = Derived(0)
print(d, Derived(1, 2, 3), [f.name for f in fields(Derived)], isinstance(d, Base), d == Base(0, 5))


@dataclass(eq=False, repr=False)
class Plain:
    v: int


pl = Plain(1)
print(pl == Plain(1), pl == pl, repr(pl).startswith('<__main__.Plain object at'), hash(pl) == hash(pl))


@dataclass(init=False)
class NoInit:
    v: int = 4


print(NoInit(), NoInit().v)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2))


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashed(1)) == hash((1,)), Hashed(1) == Hashed(1, [2]))


@dataclass
class Inner:
    n: int
    tags: tuple = ()


@dataclass
class Outer:
    name: str
    inner: Inner
    more: list = field(default_factory=list)
    table: dict = field(default_factory=dict)


o = Outer('o', Inner(1, ('t',)), [Inner(2)], {'k': Inner(3)})
print(asdict(o))
print(astuple(o))
r = replace(o, name='r')
print(r, r.inner is o.inner, o.name)
try:
    replace(Inventory(), total=1)
except ValueError as e:
    print(e)
try:
    replace(w)
except ValueError as e:
    print(e)
for bad in (lambda: asdict(1), lambda: astuple(Point), lambda: fields(1), lambda: replace(1)):
    try:
        bad()
    except TypeError as e:
        print(e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print(e)
try:
    @dataclass(order=True)
    class OwnLt:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass
    class FrozenChild(Version):
        extra: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FrozenOfPlain(Base):
        extra: int = 0
except TypeError as e:
    print(e)
print(repr(Version.__dataclass_params__))
print(MISSING is dataclasses.MISSING, type(fields(Point)[0]).__name__)


@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)


t = Tree('a')
t.children.append(t)
print(t)  # a repr that reaches itself again shows '...'
t.children.clear()  # no cycle left behind
print(t)

# CPython 3.11's output:
# expect: Point(x=1, y=2) Point(x=3, y=0) Point(x=4, y=5) True True False
# expect: {'x': <class 'int'>, 'y': <class 'int'>} 0 None ('x', 'y')
# expect: ['x', 'y'] [True, False] <class 'int'>
# expect: True True False False
# expect: Point(x=10, y=2) {'x': 10, 'y': 2}
# expect: Point.__init__() missing 1 required positional argument: 'x'
# expect: Point.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: Point.__init__() got multiple values for argument 'x'
# expect: Point.__init__() got an unexpected keyword argument 'z'
# expect: Three.__init__() missing 3 required positional arguments: 'a', 'b', and 'c'
# expect: Three.__init__() missing 2 required positional arguments: 'b' and 'c'
# expect: Version(major=1, minor=2) True True True [Version(major=1, minor=0), Version(major=1, minor=2), Version(major=2, minor=0)]
# expect: True 1
# expect: FrozenInstanceError cannot assign to field 'major' True
# expect: FrozenInstanceError cannot delete field 'minor'
# expect: '<' not supported between instances of 'Version' and 'tuple'
# expect: NotImplemented
# expect: Inventory(items=['z'], total=0, tag=None) Inventory(items=['x', 'y'], total=2, tag=None) [] 2 inventory ['items', 'counts', 'total', 'tag']
# expect: Inventory.__init__() got an unexpected keyword argument 'total'
# expect: WithInitVar(x=6) WithInitVar(x=30) ['x'] 2
# expect: Derived(x=0, y=5, z=2) Derived(x=1, y=2, z=3) ['x', 'y', 'z'] True False
# expect: False True True True
# expect: NoInit(v=4) 4
# expect: custom True
# expect: True False
# expect: {'name': 'o', 'inner': {'n': 1, 'tags': ('t',)}, 'more': [{'n': 2, 'tags': ()}], 'table': {'k': {'n': 3, 'tags': ()}}}
# expect: ('o', (1, ('t',)), [(2, ())], {'k': (3, ())})
# expect: Outer(name='r', inner=Inner(n=1, tags=('t',)), more=[Inner(n=2, tags=())], table={'k': Inner(n=3, tags=())}) True o
# expect: field total is declared with init=False, it cannot be specified with replace()
# expect: asdict() should be called on dataclass instances
# expect: astuple() should be called on dataclass instances
# expect: must be called with a dataclass type or instance
# expect: replace() should be called on dataclass instances
# expect: non-default argument 'b' follows default argument
# expect: mutable default <class 'list'> for field a is not allowed: use default_factory
# expect: eq must be true if order is true
# expect: Cannot overwrite attribute __lt__ in class OwnLt. Consider using functools.total_ordering
# expect: cannot specify both default and default_factory
# expect: cannot inherit non-frozen dataclass from a frozen one
# expect: cannot inherit frozen dataclass from a non-frozen one
# expect: _DataclassParams(init=True,repr=True,eq=True,order=True,unsafe_hash=False,frozen=True)
# expect: True Field
# expect: Tree(name='a', children=[...])
# expect: Tree(name='a', children=[])
