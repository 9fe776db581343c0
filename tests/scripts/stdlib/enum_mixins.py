# Enums with a data type mixed in: `class Color(str, Enum)`, `class Prio(int, Enum)`, IntEnum,
# IntFlag and StrEnum, whose members are instances of the data type (isinstance, ==, hash and
# dict keys as their values, the data type's methods and operators), with CPython 3.11's str(),
# repr() and format() of each kind, sorting, json, lookups by value and their errors.
from enum import Enum, IntEnum, IntFlag, StrEnum, Flag, auto
import json


class Color(str, Enum):
    RED = "red"
    GREEN = "green"

    def describe(self):
        return self.name.lower() + "=" + self.value


print(Color.RED, str(Color.RED), repr(Color.RED), format(Color.RED), f"{Color.RED}", "%s" % Color.RED)
print("{}".format(Color.GREEN), f"[{Color.RED:>12}]", Color.RED.value, Color.RED.name, type(Color.RED.value).__name__)
print(Color.RED == "red", "red" == Color.RED, Color("red") is Color.RED, Color.RED.upper(), len(Color.RED))
print(isinstance(Color.RED, str), isinstance(Color.RED, Color), {Color.RED: 1}["red"], {"red": 2}[Color.RED])
print(Color.RED + "!", Color.RED.describe(), list(Color), json.dumps({"c": Color.RED}), sorted(Color))
print(hash(Color.RED) == hash("red"), Color["GREEN"], Color.RED in ["red"], "gr" in Color.GREEN, Color.RED[0])
print(type(Color.RED).__mro__)


class Prio(int, Enum):
    LOW = 1
    HIGH = 3


print(Prio.LOW, repr(Prio.HIGH), Prio.LOW + 1, Prio.HIGH > Prio.LOW, Prio.HIGH == 3, Prio(3), sorted([Prio.HIGH, Prio.LOW]))
print(f"{Prio.LOW}", format(Prio.HIGH), int(Prio.HIGH), isinstance(Prio.LOW, int), Prio.LOW.value, [0, 1, 2, 3][Prio.HIGH])


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), str(Num.THREE), f"{Num.ONE}", format(Num.TWO, "03d"), "%d|%s" % (Num.ONE, Num.TWO))
print(Num.ONE + Num.TWO, type(Num.ONE + 1).__name__, Num.TWO * 3, Num(2), Num.ONE == 1, 1 == Num.ONE, Num.ONE < Num.THREE)
print(sorted([Num.THREE, Num.ONE, Num.TWO]), max(Num), {1: "a"}[Num.ONE], {Num.TWO: "b"}[2], isinstance(Num.ONE, int))
print(list(range(Num.THREE)), Num.THREE.value, Num.THREE.name, json.dumps([Num.ONE]), hash(Num.TWO) == hash(2), -Num.ONE)
print(Num.ONE.bit_length(), int(Num.TWO), float(Num.TWO), bool(Num.ONE), Num.TWO // 2, Num.TWO.real)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), type(rw).__name__, Perm.R in rw, Perm.X in rw, int(rw), rw & Perm.R, rw == 6, Perm.R | 1)
print(repr(Perm.R | 1), repr(1 | Perm.R), repr(~Perm.R), list(rw), rw + 1, format(rw), f"{Perm.W}")


class Letter(StrEnum):
    A = auto()
    B = "bee"


print(Letter.A, repr(Letter.A), f"{Letter.B}", Letter.A == "a", Letter.B.upper(), isinstance(Letter.A, str), str(Letter.B))
print(format(Letter.B), Letter.B + "s", len(Letter.B), Letter("bee"), sorted(Letter), Letter.B.value, json.dumps(Letter.A))


class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE, repr(Shape.SQUARE), f"{Shape.CIRCLE}", Shape(2), Shape.CIRCLE == 1)
try:
    Color("blue")
except ValueError as e:
    print("ValueError:", e)
try:
    Num(7)
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(int, Enum):
        A = "x"
except Exception as e:
    print(type(e).__name__, e)

# expect: Color.RED Color.RED <Color.RED: 'red'> Color.RED Color.RED Color.RED
# expect: Color.GREEN [   Color.RED] red RED str
# expect: True True True RED 3
# expect: True True 1 2
# expect: red! red=red [<Color.RED: 'red'>, <Color.GREEN: 'green'>] {"c": "red"} [<Color.GREEN: 'green'>, <Color.RED: 'red'>]
# expect: True Color.GREEN True True r
# expect: (<enum 'Color'>, <class 'str'>, <enum 'Enum'>, <class 'object'>)
# expect: Prio.LOW <Prio.HIGH: 3> 2 True True Prio.HIGH [<Prio.LOW: 1>, <Prio.HIGH: 3>]
# expect: Prio.LOW Prio.HIGH 3 True 1 3
# expect: 1 <Num.TWO: 2> 3 1 002 1|2
# expect: 3 int 6 2 True True True
# expect: [<Num.ONE: 1>, <Num.TWO: 2>, <Num.THREE: 3>] 3 a b True
# expect: [0, 1, 2] 3 THREE [1] True -1
# expect: 1 2 2.0 True 1 2
# expect: 6 <Perm.R|W: 6> Perm True False 6 4 True 5
# expect: <Perm.R|X: 5> <Perm.R|X: 5> <Perm.W|X: 3> [<Perm.R: 4>, <Perm.W: 2>] 7 6 2
# expect: a <Letter.A: 'a'> bee True BEE True bee
# expect: bee bees 3 bee [<Letter.A: 'a'>, <Letter.B: 'bee'>] bee "a"
# expect: Shape.CIRCLE <Shape.SQUARE: 2> Shape.CIRCLE Shape.SQUARE False
# expect: ValueError: 'blue' is not a valid Color
# expect: ValueError: 7 is not a valid Num
# expect: ValueError invalid literal for int() with base 10: 'x'
