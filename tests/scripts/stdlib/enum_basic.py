# enum.Enum: members, their names and values, lookups by value and name, iteration in definition
# order, len/in/__members__, aliases, repr/str/format, comparisons, hashing, methods and
# properties on an Enum, auto() and unique.
from enum import Enum, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(1), Color['GREEN'], Color(Color.BLUE), Color.RED is Color(1), Color['RED'] is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], [m.value for m in reversed(Color)])
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color) is EnumType, EnumMeta is EnumType)
print(isinstance(Color, EnumMeta), repr(Color), str(Color), Color.__name__, issubclass(Color, Enum))
print(f'{Color.RED}', '{}'.format(Color.GREEN), format(Color.BLUE), f'{Color.RED!r}', f'[{Color.RED:>12}]', str(Color.RED))
print(list(Color.__members__), Color.__members__['BLUE'], len(Color.__members__))
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is not Color.BLUE)
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.GREEN], hash(Color.RED) == hash(Color.RED), sorted(Color, key=lambda c: c.value)[-1])
print(Color.RED._name_, Color.RED._value_, Color._member_names_, getattr(Color, 'GREEN'), bool(Color.RED), bool(Color))
print(dict.fromkeys(Color, 0), set(Color) == {Color.RED, Color.GREEN, Color.BLUE}, Color.RED.__class__ is Color)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2), list(Shape), len(Shape))
print(list(Shape.__members__.items())[-1], Shape['ALIAS_FOR_SQUARE'].name)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return '%s weighs %s' % (self.name.title(), self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return 'kg'


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.describe())
print(Planet.heaviest(), Planet.unit(), Planet((3.303e+23, 2.4397e6)))


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = 10
    FOURTH = auto()


print([(m.name, m.value) for m in Ordinal], repr(auto()))


class Lowered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(Lowered.NORTH.value, Lowered.SOUTH.value, Lowered('south1'))


@unique
class Mistake(Enum):
    ONE = 1
    TWO = 2


print(list(Mistake))
try:
    @unique
    class Mistake2(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print('ValueError', e)


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY), f'{Mood.FUNKY}')


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == value.lower():
                return member
        return None


print(Status('ACTIVE'), Status('Inactive'))
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, repr(Animal))
Fruit = Enum('Fruit', [('APPLE', 'a'), ('PEAR', 'p')])
print(list(Fruit), Fruit('p'))
Tree = Enum('Tree', {'OAK': 1, 'ELM': 2})
print(Tree.ELM, Tree(1).name, Enum('Nums', 'ONE,TWO').TWO.value)


class Base(Enum):
    def hello(self):
        return 'hello from ' + self.name


class Derived(Base):
    X = 1
    Y = 2


print(Derived.X.hello(), list(Derived), isinstance(Derived.Y, Base))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)


class Greeting(Enum):
    HI = 'hi'

    def __str__(self):
        return 'greeting ' + super().__str__()

    def __repr__(self):
        return super().__repr__().upper()


print(Greeting.HI, repr(Greeting.HI), [str(g) for g in Greeting])
# expect: Color.RED <Color.RED: 1> RED 1 Color
# expect: Color.RED Color.GREEN Color.BLUE True True
# expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 ['RED', 'GREEN', 'BLUE'] [3, 2, 1]
# expect: True True True True
# expect: True <enum 'Color'> <enum 'Color'> Color True
# expect: Color.RED Color.GREEN Color.BLUE <Color.RED: 1> [   Color.RED] Color.RED
# expect: ['RED', 'GREEN', 'BLUE'] Color.BLUE 3
# expect: True True False True
# expect: g True Color.BLUE
# expect: RED 1 ['RED', 'GREEN', 'BLUE'] Color.GREEN True True
# expect: {<Color.RED: 1>: 0, <Color.GREEN: 2>: 0, <Color.BLUE: 3>: 0} True True
# expect: Shape.SQUARE True Shape.SQUARE [<Shape.SQUARE: 2>, <Shape.DIAMOND: 1>, <Shape.CIRCLE: 3>] 3
# expect: ('ALIAS_FOR_SQUARE', <Shape.SQUARE: 2>) SQUARE
# expect: (5.976e+24, 6378140.0) 5.976e+24 9.803 Mercury weighs 3.303e+23
# expect: Planet.EARTH kg Planet.MERCURY
# expect: [('FIRST', 1), ('SECOND', 2), ('THIRD', 10), ('FOURTH', 11)] auto(_auto_null)
# expect: north0 south1 Lowered.SOUTH
# expect: [<Mistake.ONE: 1>, <Mistake.TWO: 2>]
# expect: ValueError duplicate values found in <enum 'Mistake2'>: FOUR -> THREE, UNO -> ONE
# expect: my custom str! 3 ('HAPPY', 3) my custom str! 1 <Mood.FUNKY: 1> my custom str! 1
# expect: Status.ACTIVE Status.INACTIVE
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>, <Animal.DOG: 4>] 3 <enum 'Animal'>
# expect: [<Fruit.APPLE: 'a'>, <Fruit.PEAR: 'p'>] Fruit.PEAR
# expect: Tree.ELM OAK 2
# expect: hello from X [<Derived.X: 1>, <Derived.Y: 2>] True
# expect: True True
# expect: greeting Greeting.HI <GREETING.HI: 'HI'> ['greeting Greeting.HI']
