# A class body keeps its annotated names' annotations in __annotations__, in order, evaluated
# where they stand, after the value is stored; a function body and attribute targets do not.
# cls.__annotations__ is the class's own ({} without any); cls.__dict__ is its namespace.
class Base:
    x: int
    y: str = 'why'
    x: float

    def f(self):
        z: int = 3
        return z


class Child(Base):
    pass


class Ordered:
    b: int = 1
    a: 'forward'
    if True:
        c: list = []
    d: 'int' = b + 1


print('__annotations__' in Child.__dict__, '__annotations__' in Base.__dict__)
print(Base.__annotations__, Base.y, Base().f())
print(Child.__annotations__, Ordered.__annotations__, Ordered.d)
print(sorted(k for k in Base.__dict__ if not k.startswith('__')))
print(Base.__dict__['y'], Child.__dict__.get('y', 'absent'))
try:
    class Broken:
        a: undefined_name = 1
except NameError as e:
    print(e)


# CPython 3.11's output:
# expect: False True
# expect: {'x': <class 'float'>, 'y': <class 'str'>} why 3
# expect: {} {'b': <class 'int'>, 'a': 'forward', 'c': <class 'list'>, 'd': 'int'} 2
# expect: ['f', 'y']
# expect: why absent
# expect: name 'undefined_name' is not defined
