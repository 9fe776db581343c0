# args: --gil nogil
# Instances of subclasses of str, int and float, and enum members mixing them in, under the
# free-threaded VM (atomic counts): copies of members, dict keys equal to plain strs, str() of
# other types through str.__new__, int and float arithmetic, indexing, conversions and math.
import copy
from enum import Enum, IntEnum
class Color(str, Enum):
    RED = "red"
class N(IntEnum):
    A = 1
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(N.A) is N.A, N.A in {1: 0}, sum([N.A, N.A]))
class S(str):
    pass
d = {S("a"): 1}
print(d["a"], d[S("a")], list(d)[0].__class__.__name__, S("a") is not None, S(5), S(b"x", "ascii"), S(1.5))
class I(int):
    pass
print(I(3) + I(4), type(I(3) + I(4)).__name__, I(-7) // 2, I(7) % -3, I(2) ** 100, -I(0))
print(sum([I(1), I(2)]), max([I(5), 3]), sorted({I(2), 1}), I(True), I("0x10", 0), hash(I(-1)) == hash(-1))
x = [1, 2, 3]
x[I(0)] = 9
print(x, x[I(1):I(3)], divmod(I(7), 2), I(7).numerator, I(7).denominator, float(I(2)), I(2).__add__(3))
class F(float):
    pass
print(F(1) / 3, F("inf"), F(2.5).as_integer_ratio(), round(F(2.567), 2), F(-0.0), F(3) == 3, int(F(9.9)))
import math
print(math.floor(F(2.5)), math.ceil(F(2.5)), math.trunc(F(-2.5)), math.isclose(F(1.0), 1.0), abs(F(-2)))
print(isinstance(I(1), (float, int)), type(I(1)) is int, I.__mro__, F.__mro__, issubclass(I, float))

# expect: True True True 2
# expect: 1 1 S True 5 x 1.5
# expect: 7 int -4 -2 1267650600228229401496703205376 0
# expect: 3 5 [1, 2] 1 16 True
# expect: [9, 2, 3] [2, 3] (3, 1) 7 1 2.0 5
# expect: 0.3333333333333333 inf (5, 2) 2.57 -0.0 True 9
# expect: 2 3 -2 True 2.0
# expect: True False (<class '__main__.I'>, <class 'int'>, <class 'object'>) (<class '__main__.F'>, <class 'float'>, <class 'object'>) False
