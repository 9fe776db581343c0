# Enum errors with CPython 3.11's messages: bad values and names, reassigning or deleting members,
# extending an enum with members, reserved names, comparisons between members.
from enum import Enum, IntEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2


tests = [
    lambda: Color(3),
    lambda: Color('RED'),
    lambda: Color['BLUE'],
    lambda: Color.BLUE,
    lambda: Color.RED < Color.GREEN,
    lambda: 1 in Color,
    lambda: Color.RED + 1,
    lambda: Color(),
    lambda: Color([1]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.value = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print('TypeError', e)
try:
    class Reserved(Enum):
        _x_ = 1
except ValueError as e:
    print('ValueError', e)
try:
    class Mro(Enum):
        mro = 1
except ValueError as e:
    print('ValueError', e)
try:
    class Wrong(Enum, int):
        A = 1
except TypeError as e:
    print('TypeError', e)


class Empty(Enum):
    pass


print(list(Empty), len(Empty))
try:
    Empty(1)
except TypeError as e:
    print('TypeError', e)


class Picky(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'not a member'


try:
    Picky(2)
except TypeError as e:
    print('TypeError', e)


class Num(IntEnum):
    ONE = 1


try:
    Num(5)
except ValueError as e:
    print('ValueError', e)
print(Num.ONE < 2, Color.RED == 1, Color.RED != 1)
Color.extra = 'fine'
print(Color.extra)


try:
    class Ordered(Enum):
        _order_ = 'A B'
        B = 2
        A = 1
except TypeError as e:
    print('TypeError', e)


class Ordered2(Enum):
    _order_ = 'B A'
    B = 2
    A = 1


print(list(Ordered2))

# expect: ValueError 3 is not a valid Color
# expect: ValueError 'RED' is not a valid Color
# expect: KeyError 'BLUE'
# expect: AttributeError BLUE
# expect: TypeError '<' not supported between instances of 'Color' and 'Color'
# expect: TypeError unsupported operand type(s) for 'in': 'int' and 'EnumType'
# expect: TypeError unsupported operand type(s) for +: 'Color' and 'int'
# expect: TypeError EnumType.__call__() missing 1 required positional argument: 'value'
# expect: ValueError [1] is not a valid Color
# expect: AttributeError cannot reassign member 'RED'
# expect: AttributeError 'Color' cannot delete member 'RED'.
# expect: AttributeError <enum 'Enum'> cannot set attribute 'name'
# expect: AttributeError <enum 'Enum'> cannot set attribute 'value'
# expect: TypeError <enum 'More'> cannot extend <enum 'Color'>
# expect: ValueError _sunder_ names, such as '_x_', are reserved for future Enum use
# expect: ValueError invalid enum member name(s) 'mro'
# expect: TypeError new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`
# expect: [] 0
# expect: TypeError <enum 'Empty'> has no members defined
# expect: TypeError error in Picky._missing_: returned 'not a member' instead of None or a valid member
# expect: ValueError 5 is not a valid Num
# expect: True False True
# expect: fine
# expect: TypeError member order does not match _order_:
# expect:   ['B', 'A']
# expect:   ['A', 'B']
# expect: [<Ordered2.B: 2>, <Ordered2.A: 1>]
