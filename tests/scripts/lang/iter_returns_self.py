# GET_ITER over an instance whose __iter__ is `return self`: the call is left out when its class
# has __next__; without one, CPython's TypeError as before. Classes that change meanwhile.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(4)), [x for x in Countdown(3)], sum(Countdown(5)))
c = Countdown(3)
print(iter(c) is c, next(c), [x for x in c], list(c))
for a, b in zip(Countdown(3), Countdown(5)):
    print(a, b)

class Later:
    def __iter__(self):
        return self
try:
    for x in Later():
        pass
except TypeError as e:
    print("TypeError", e)
def later_next(self):
    raise StopIteration
Later.__next__ = later_next
print(list(Later()))
del Later.__next__
try:
    list(Later())
except TypeError as e:
    print("TypeError", e)

class OwnNext:
    def __iter__(self):
        return self
o = OwnNext()
o.__next__ = lambda: 1  # an instance's attribute is no special method
try:
    for x in o:
        pass
except TypeError as e:
    print("TypeError", e)

class Lambda:
    __iter__ = lambda self: self
    def __init__(self):
        self.left = 2
    def __next__(self):
        if not self.left:
            raise StopIteration
        self.left -= 1
        return self.left
print(list(Lambda()))

class Child(Countdown):
    pass
print(list(Child(3)))

class Counted(Countdown):
    calls = 0
    def __iter__(self):
        Counted.calls += 1
        return self
for x in Counted(2):
    pass
print(Counted.calls)

class Default:
    def __iter__(self, extra=None):
        return self
    def __next__(self):
        raise StopIteration
print(list(Default()))

class Other:
    def __init__(self):
        self.inner = Countdown(2)
    def __iter__(self):
        return self.inner
print(list(Other()))
a, b = Countdown(2)
print(a, b)

# expect: [3, 2, 1, 0] [2, 1, 0] 10
# expect: True 2 [1, 0] []
# expect: 2 4
# expect: 1 3
# expect: 0 2
# expect: TypeError iter() returned non-iterator of type 'Later'
# expect: []
# expect: TypeError iter() returned non-iterator of type 'Later'
# expect: TypeError iter() returned non-iterator of type 'OwnNext'
# expect: [1, 0]
# expect: [2, 1, 0]
# expect: 1
# expect: []
# expect: [1, 0]
# expect: 1 0
