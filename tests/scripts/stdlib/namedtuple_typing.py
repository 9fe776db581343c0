# typing.NamedTuple: class syntax with annotations and defaults, methods of its own, the functional
# form, and the messages of its __new__ and of a field without a default after one with.
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: str = "eng"

    def describe(self):
        return self.name + "#" + str(self.id)


e = Employee("ann")
print(e, e.name, e.id, e[2], e.describe(), Employee._fields, Employee._field_defaults)
print(isinstance(e, tuple), e == ("ann", 3, "eng"), hash(e) == hash(("ann", 3, "eng")))
print(Employee("bob", 7), Employee(name="cy", dept="ops"), e._replace(id=9), e._asdict())
print(Employee.__doc__, Employee.__name__, Employee._make(["d", 1, "x"]))
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError", err)
for bad in [lambda: Employee(), lambda: Employee("a", 1, "b", 2), lambda: Employee("a", idx=2)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as err:
    print("TypeError", err)
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "z"), Pair._fields, Pair(b="q", a=2))
a, b = Pair(5, "w")
print(a, b, sorted([Employee("z", 1), Employee("a", 2)]))

# expect: Employee(name='ann', id=3, dept='eng') ann 3 eng ann#3 ('name', 'id', 'dept') {'id': 3, 'dept': 'eng'}
# expect: True True True
# expect: Employee(name='bob', id=7, dept='eng') Employee(name='cy', id=3, dept='ops') Employee(name='ann', id=9, dept='eng') {'name': 'ann', 'id': 3, 'dept': 'eng'}
# expect: Employee(name, id, dept) Employee Employee(name='d', id=1, dept='x')
# expect: AttributeError can't set attribute
# expect: TypeError Employee.__new__() missing 1 required positional argument: 'name'
# expect: TypeError Employee.__new__() takes from 2 to 4 positional arguments but 5 were given
# expect: TypeError Employee.__new__() got an unexpected keyword argument 'idx'
# expect: TypeError Non-default namedtuple field y cannot follow default field x
# expect: Pair(a=1, b='z') ('a', 'b') Pair(a=2, b='q')
# expect: 5 w [Employee(name='a', id=2, dept='eng'), Employee(name='z', id=1, dept='eng')]
