# obj.name(args) compiles to LOAD_METHOD/CALL_METHOD, which skip the bound-method object: the
# cases where the attribute is not a plain method of the class must still behave as getattr then
# call (an instance attribute shadowing a method, static and class methods, properties returning
# callables, functions stored on instances, modules, builtin types' methods and their errors).
import time


class Greeter:
    greeting = "hi"

    def __init__(self, name):
        self.name = name

    def greet(self, punctuation="!"):
        return self.greeting + " " + self.name + punctuation

    @staticmethod
    def shout(text):
        return text.upper()

    @classmethod
    def make(cls, name):
        return cls(name)

    @property
    def formatter(self):
        return lambda text: "<" + text + ">"


class Loud(Greeter):
    def greet(self, punctuation="!!"):
        return super().greet(punctuation).upper()


g = Greeter("ann")
print(g.greet(), g.greet("?"))  # expect: hi ann! hi ann?
print(g.shout("x"), Greeter.shout("y"), Greeter.make("bo").greet())  # expect: X Y hi bo!
print(g.formatter("f"))  # expect: <f>
print(Loud("cy").greet())  # expect: HI CY!!
print(Greeter.greet(g, "."))  # expect: hi ann.
g.greet = lambda: "shadowed"
print(g.greet())  # expect: shadowed
del g.greet
print(g.greet())  # expect: hi ann!
g.callback = len
print(g.callback("four"))  # expect: 4
print(type(time.time()).__name__)  # expect: float

items = []
items.append(3)
items.extend([1, 2])
items.sort()
print(items, items.index(2), "a,b".split(","), {"k": 1}.get("k"), {1, 2}.union({3}))  # expect: [1, 2, 3] 1 ['a', 'b'] 1 {1, 2, 3}
append = items.append
append(9)
print(items)  # expect: [1, 2, 3, 9]
try:
    items.append()
except TypeError as e:
    print(type(e).__name__)  # expect: TypeError
try:
    g.missing()
except AttributeError as e:
    print(e)  # expect: 'Greeter' object has no attribute 'missing'
try:
    "abc".nope()
except AttributeError as e:
    print(e)  # expect: 'str' object has no attribute 'nope'
print([s.strip() for s in [" a ", "b "]], "-".join(str(i) for i in range(3)))  # expect: ['a', 'b'] 0-1-2
