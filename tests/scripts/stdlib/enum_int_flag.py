# IntEnum, StrEnum, Flag and IntFlag as CPython 3.11's: IntEnum members equal and compute as their
# ints, their str is the int's; StrEnum's str is the value; Flag's |, &, ^, ~, `in`, iteration
# and composite members' repr; IntFlag as ints.
from enum import IntEnum, StrEnum, Flag, IntFlag, auto, Enum


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), str(Num.THREE), f'{Num.ONE}', format(Num.TWO, '03d'), '%d' % Num.THREE)
print(Num.ONE == 1, 1 == Num.ONE, Num.TWO > Num.ONE, Num.TWO < 3, Num.ONE + 1, 10 - Num.TWO, Num.THREE * 2)
print(sorted([Num.THREE, Num.ONE, Num.TWO]), int(Num.TWO), Num(2), Num(2) is Num.TWO, [10, 20, 30, 40][Num.TWO])
print({1: 'one'}[Num.ONE], {Num.TWO: 'two'}[2], hash(Num.THREE) == hash(3), Num.ONE in Num, len(Num))
print(Num.TWO / 4, Num.THREE // 2, Num.THREE % 2, 2 ** Num.THREE, -Num.ONE, abs(Num.ONE), Num.THREE & 1, Num.ONE | 2)
print(max(Num), min(Num), sum(Num), list(range(Num.THREE)), float(Num.TWO), Num.TWO.value, Num.TWO.name)


class Auto(IntEnum):
    A = auto()
    B = auto()


print(Auto.A, Auto.B, repr(Auto.B))


class Sys(StrEnum):
    LINUX = 'linux'
    MAC = auto()
    WIN = 'windows'


print(Sys.LINUX, repr(Sys.MAC), f'{Sys.WIN}', str(Sys.MAC), Sys.LINUX == 'linux', Sys('windows'), Sys.MAC.value)
print(Sys.LINUX.upper(), Sys.WIN + '!', {'linux': 1}[Sys.LINUX], sorted(Sys))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(RW, repr(RW), Perm.R in RW, Perm.X in RW, list(RW), len(RW), bool(RW), RW.value, RW.name)
print(Perm.R & Perm.W, repr(Perm.R & Perm.W), bool(Perm(0)), Perm(7), Perm(6) is RW, ~Perm.R, repr(~RW))
print(Perm.R ^ RW, list(Perm), len(Perm), Perm(0), repr(Perm(0)), str(Perm(0)), f'{RW}')


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print(list(Color), Color.WHITE, repr(Color.WHITE), Color.BLACK, repr(Color.BLACK), [c.value for c in Color])
print(list(Color.__members__), Color.RED | Color.GREEN, Color(3), Color.WHITE & ~Color.RED)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(IPerm.R | IPerm.W, repr(IPerm.R | IPerm.W), IPerm.R | 1, repr(IPerm.R | 8), IPerm.R == 4, IPerm.R + 1)
print(IPerm(7), repr(IPerm(7)), IPerm.W in IPerm(6), list(IPerm(5)), int(IPerm.X | IPerm.W), f'{IPerm.R}', str(IPerm.R))
print(repr(~IPerm.R), IPerm(0), repr(IPerm(0)), sorted([IPerm.R, IPerm.X]))
# expect: 1 <Num.TWO: 2> 3 1 002 3
# expect: True True True True 2 8 6
# expect: [<Num.ONE: 1>, <Num.TWO: 2>, <Num.THREE: 3>] 2 2 True 30
# expect: one two True True 3
# expect: 0.5 1 1 8 -1 1 1 3
# expect: 3 1 6 [0, 1, 2] 2.0 2 TWO
# expect: 1 2 <Auto.B: 2>
# expect: linux <Sys.MAC: 'mac'> windows mac True windows mac
# expect: LINUX windows! 1 [<Sys.LINUX: 'linux'>, <Sys.MAC: 'mac'>, <Sys.WIN: 'windows'>]
# expect: TypeError 1 is not a string
# expect: Perm.R|W <Perm.R|W: 6> True False [<Perm.R: 4>, <Perm.W: 2>] 2 True 6 R|W
# expect: Perm(0) <Perm: 0> False Perm.R|W|X True Perm.W|X <Perm.X: 1>
# expect: Perm.W [<Perm.R: 4>, <Perm.W: 2>, <Perm.X: 1>] 3 Perm(0) <Perm: 0> Perm(0) Perm.R|W
# expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 4>] Color.WHITE <Color.WHITE: 7> Color.BLACK <Color.BLACK: 0> [1, 2, 4]
# expect: ['RED', 'GREEN', 'BLUE', 'WHITE', 'BLACK'] Color.RED|GREEN Color.RED|GREEN Color.GREEN|BLUE
# expect: ValueError <flag 'Perm'> invalid value 8
# expect:     given 0b0 1000
# expect:   allowed 0b0 0111
# expect: TypeError unsupported operand type(s) for |: 'Perm' and 'int'
# expect: 6 <IPerm.R|W: 6> 5 <IPerm.R|8: 12> True 5
# expect: 7 <IPerm.R|W|X: 7> True [<IPerm.R: 4>, <IPerm.X: 1>] 3 4 4
# expect: <IPerm.W|X: 3> 0 <IPerm: 0> [<IPerm.X: 1>, <IPerm.R: 4>]
