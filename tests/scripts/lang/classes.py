# Classes: methods, __init__, instance and class attributes, inheritance and super(),
# isinstance/issubclass, staticmethod, classmethod, property, type(), getattr/setattr/hasattr.
class Account:
    bank = "GIL Savings"
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)

    @property
    def rich(self):
        return self.balance > 100

    @staticmethod
    def fee():
        return 2

    @classmethod
    def empty(cls, owner):
        return cls(owner)


class Savings(Account):
    rate = 3

    def __init__(self, owner, balance=0):
        super().__init__(owner, balance)
        self.kind = "savings"

    def deposit(self, amount):
        return super().deposit(amount + self.rate)

    def __repr__(self):
        return "Savings:" + super().__repr__()


a = Account("ann", 50)
a.deposit(10).deposit(5)
print(a, a.balance, a.rich, a.bank, Account.bank)  # expect: Account('ann', 65) 65 False GIL Savings GIL Savings
s = Savings.empty("bob")
s.deposit(200)
print(s, s.kind, s.rich, s.fee(), Savings.fee())  # expect: Savings:Account('bob', 203) savings True 2 2
print(Account.count, type(s).__name__, type(s) is Savings, s.__class__.__name__)  # expect: 2 Savings True Savings
print(isinstance(s, Account), isinstance(a, Savings), issubclass(Savings, Account), issubclass(Account, object))  # expect: True False True True
print(isinstance(s, (int, Savings)), isinstance(3, int), isinstance(a, object))  # expect: True True True

# Instance attributes shadow class attributes; the class attribute stays.
s.rate = 100
print(s.rate, Savings.rate)  # expect: 100 3

print(getattr(a, "owner"), getattr(a, "missing", "default"), hasattr(a, "deposit"), hasattr(a, "nope"))  # expect: ann default True False
setattr(a, "owner", "anna")
print(a.owner, callable(a.deposit), callable(a), callable(Account))  # expect: anna True False True

# Bound methods are values.
dep = a.deposit
dep(1)
print(a.balance)  # expect: 66

class Temperature:
    def __init__(self):
        self._celsius = 0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._celsius = value

t = Temperature()
t.celsius = 25
print(t.celsius)  # expect: 25
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: too cold

# A class with no __init__ and a class body with statements.
class Config:
    debug = False
    levels = [x * 10 for x in range(3)]
    if not debug:
        mode = "fast"

c = Config()
print(Config.levels, c.mode, Config.__name__)  # expect: [0, 10, 20] fast Config

# Methods calling other methods, and recursion through self.
class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []

    def total(self):
        return self.value + sum([c.total() for c in self.children])

print(Tree(1, [Tree(2), Tree(3, [Tree(4)])]).total())  # expect: 10

# Class decorators and `class C(object)`.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class Plugin(object):
    pass
print(registry, isinstance(Plugin(), Plugin))  # expect: ['Plugin'] True
