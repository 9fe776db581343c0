# isinstance() and type() answered in line for builtin types, tuples of them and a script
# instance's own class; everything else as isinstance() decides it.
from collections import namedtuple, OrderedDict, defaultdict, deque


class Base:
    pass


class Child(Base):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return obj == 42


class Special(metaclass=Meta):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


Point = namedtuple("Point", "x y")
values = [0, 1, -5, 2**70, True, False, 1.5, float("nan"), "s", "", b"b", bytearray(b"x"),
          [], [1], (), (1,), {}, {1: 2}, set(), frozenset(), range(3), None, Base(), Child(),
          MyList(), MyDict(), Point(1, 2), OrderedDict(), defaultdict(int), deque(), len,
          Base, 42, 3]
types = [int, bool, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, range,
         object, type, Base, Child, Special, MyList, MyDict, Point, deque, OrderedDict,
         (int, float), (str, bytes), (list, tuple, dict), (), (Base, int), ((int, str), float),
         (bool,), (object,)]
for v in values:
    row = []
    for t in types:
        try:
            row.append("1" if isinstance(v, t) else "0")
        except TypeError as e:
            row.append("E")
    print(repr(v)[:20].ljust(20), "".join(row), type(v).__name__, type(v) is type(v))

for bad in (3, "int", (int, 3), (str, 3)):
    try:
        print(isinstance(1, bad))
    except TypeError as e:
        print("TypeError", e)
print(isinstance(1, (int, len)))
check = isinstance
print(check(1, int), check("a", (int, str)), list(map(isinstance, [1, "a"], [int, int])))
print(type(1) is int, type(True) is bool, type("a") == str, type([]) is list, type(2**70) is int)
print(type(MyList()) is MyList, type(Point(1, 2)) is Point, type(defaultdict(int)).__name__)
n = 0
for i in range(1000):
    if isinstance(i, int) and not isinstance(i, bool) and isinstance(i, (str, int)):
        n += 1
print(n)

# expect: instancecheck int
# expect: 0                    100000000000100000000010001101 int True
# expect: instancecheck int
# expect: 1                    100000000000100000000010001101 int True
# expect: instancecheck int
# expect: -5                   100000000000100000000010001101 int True
# expect: instancecheck int
# expect: 11805916207174113034 100000000000100000000010001101 int True
# expect: instancecheck bool
# expect: True                 110000000000100000000010001111 bool True
# expect: instancecheck bool
# expect: False                110000000000100000000010001111 bool True
# expect: instancecheck float
# expect: 1.5                  001000000000100000000010000101 float True
# expect: instancecheck float
# expect: nan                  001000000000100000000010000101 float True
# expect: instancecheck str
# expect: 's'                  000100000000100000000001000101 str True
# expect: instancecheck str
# expect: ''                   000100000000100000000001000101 str True
# expect: instancecheck bytes
# expect: b'b'                 000010000000100000000001000001 bytes True
# expect: instancecheck bytearray
# expect: bytearray(b'x')      000001000000100000000000000001 bytearray True
# expect: instancecheck list
# expect: []                   000000100000100000000000100001 list True
# expect: instancecheck list
# expect: [1]                  000000100000100000000000100001 list True
# expect: instancecheck tuple
# expect: ()                   000000010000100000000000100001 tuple True
# expect: instancecheck tuple
# expect: (1,)                 000000010000100000000000100001 tuple True
# expect: instancecheck dict
# expect: {}                   000000001000100000000000100001 dict True
# expect: instancecheck dict
# expect: {1: 2}               000000001000100000000000100001 dict True
# expect: instancecheck set
# expect: set()                000000000100100000000000000001 set True
# expect: instancecheck frozenset
# expect: frozenset()          000000000010100000000000000001 frozenset True
# expect: instancecheck range
# expect: range(0, 3)          000000000001100000000000000001 range True
# expect: instancecheck NoneType
# expect: None                 000000000000100000000000000001 NoneType True
# expect: instancecheck Base
# expect: <__main__.Base objec 000000000000101000000000001001 Base True
# expect: instancecheck Child
# expect: <__main__.Child obje 000000000000101100000000001001 Child True
# expect: instancecheck MyList
# expect: []                   000000100000100001000000100001 MyList True
# expect: instancecheck MyDict
# expect: {}                   000000001000100000100000100001 MyDict True
# expect: instancecheck Point
# expect: Point(x=1, y=2)      000000010000100000010000100001 Point True
# expect: instancecheck OrderedDict
# expect: OrderedDict()        000000001000100000000100100001 OrderedDict True
# expect: instancecheck defaultdict
# expect: defaultdict(<class ' 000000001000100000000000100001 defaultdict True
# expect: instancecheck deque
# expect: deque([])            000000000000100000001000000001 deque True
# expect: instancecheck builtin_function_or_method
# expect: <built-in function l 000000000000100000000000000001 builtin_function_or_method True
# expect: instancecheck type
# expect: <class '__main__.Bas 000000000000110000000000000001 type True
# expect: instancecheck int
# expect: 42                   100000000000100010000010001101 int True
# expect: instancecheck int
# expect: 3                    100000000000100000000010001101 int True
# expect: TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: True
# expect: TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: True
# expect: True True [True, False]
# expect: True True True True True
# expect: True True defaultdict
# expect: 1000
