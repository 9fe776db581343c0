# super().name(...) through the MRO: functions, classmethods, staticmethods, properties, data
# attributes, object's own methods, diamonds, and methods replaced after the first call.
class Base:
    kind = "base"
    def __init__(self, x):
        self.x = x
    def who(self, tag=""):
        return "Base" + tag
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def helper(a):
        return a * 2
    @property
    def prop(self):
        return "prop:" + str(self.x)

class Left(Base):
    def who(self, tag=""):
        return "Left>" + super().who(tag)

class Right(Base):
    def who(self, tag=""):
        return "Right>" + super().who(tag)

class Diamond(Left, Right):
    def __init__(self, x):
        super().__init__(x * 10)
    def who(self, tag=""):
        return "Diamond>" + super().who(tag=tag)
    @classmethod
    def make(cls, x):
        return ("made", super().make(x).x)
    def helper_call(self):
        return super().helper(21)
    def get_prop(self):
        return super().prop
    def get_kind(self):
        return super().kind

d = Diamond(1)
print(d.x, d.who(), d.who("!"), Diamond.make(4), d.helper_call(), d.get_prop(), d.get_kind())
print([c.__name__ for c in Diamond.__mro__])

class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True

p = Plain()
print(p.ok, p == p, p == 1)

for i in range(3):
    print(d.who(str(i)))
    if i == 1:
        Base.who = lambda self, tag="": "NewBase" + tag
        Right.who = lambda self, tag="": "NewRight>" + Base.who(self, tag)

class Missing(Base):
    def go(self):
        return super().nothing()
try:
    Missing(1).go()
except AttributeError as e:
    print("AttributeError:", e)

class Explicit(Left):
    def who(self, tag=""):
        return "Explicit>" + super(Left, self).who(tag)
print(Explicit(0).who())

def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class WithArgs(Base):
    def who(self, *args, **kwargs):
        return "WithArgs>" + super().who(*args, **kwargs)
print(WithArgs(0).who(tag="?"), WithArgs(0).who("#"))
# expect: 10 Diamond>Left>Right>Base Diamond>Left>Right>Base! ('made', 40) 42 prop:10 base
# expect: ['Diamond', 'Left', 'Right', 'Base', 'object']
# expect: True True False
# expect: Diamond>Left>Right>Base0
# expect: Diamond>Left>Right>Base1
# expect: Diamond>Left>NewRight>NewBase2
# expect: AttributeError: 'super' object has no attribute 'nothing'
# expect: Explicit>NewBase
# expect: RuntimeError: super(): no arguments
# expect: WithArgs>NewBase? WithArgs>NewBase#
