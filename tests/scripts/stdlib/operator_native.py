# operator's functions, itemgetter and attrgetter (C++ _operator under lib/operator.py): results,
# reprs and errors as CPython 3.11's.
# args: --gil newgil
# args: --gil nogil
import operator
from operator import itemgetter, attrgetter
import functools
print(operator.add(2, 3), operator.sub(2.5, 1), operator.mul("ab", 3), operator.truediv(7, 2),
      operator.floordiv(-7, 2), operator.mod(7, -3), operator.pow(2, 100), operator.lshift(1, 70),
      operator.rshift(-9, 1), operator.and_(12, 10), operator.or_({1}, {2}), operator.xor(True, 1))
print(operator.lt(1, 2), operator.le("b", "a"), operator.eq([1], [1]), operator.ne(1, 1.0),
      operator.gt((1, 2), (1,)), operator.ge(2, 2), operator.neg(5), operator.pos(-0.0),
      operator.inv(5), operator.invert(-1), operator.__add__(1, 1), operator.__lt__(3, 2))
print(functools.reduce(operator.mul, range(1, 21)), list(map(operator.add, [1, 2], [10, 20])))
rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.25)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2))[0], itemgetter(-1)("xyz"))
print(itemgetter("k")({"k": 5}), itemgetter(slice(1, 3))([0, 1, 2, 3]), repr(itemgetter(1, "a")),
      repr(itemgetter(0)))
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
tree = Node("root", Node("leaf"))
print(attrgetter("name")(tree), attrgetter("child.name")(tree), attrgetter("name", "child.name")(tree),
      repr(attrgetter("a.b", "c")), sorted([Node("z"), Node("m")], key=attrgetter("name"))[0].name)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __lt__(self, o): return self.x < o.x
print(operator.add(V(1), V(2)).x, operator.lt(V(1), V(2)), max([V(3), V(7)], key=attrgetter("x")).x)
cases = [lambda: operator.add(1), lambda: operator.add(1, "a"), lambda: operator.lt(1, "a"),
         lambda: operator.truediv(1, 0), lambda: operator.neg("s"), lambda: itemgetter(),
         lambda: itemgetter(5)([1]), lambda: itemgetter("k")({}), lambda: itemgetter(0)(),
         lambda: itemgetter(0)(1, 2), lambda: attrgetter(5), lambda: attrgetter("nope")(tree),
         lambda: attrgetter("child.nope")(tree), lambda: attrgetter(), lambda: itemgetter(1, 9)([1, 2]),
         lambda: operator.mod(5, 0), lambda: operator.pow(2, "x")]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)
print(operator.add, type(operator.add).__name__)
print(isinstance(operator.itemgetter(1), operator.itemgetter))
from operator import itemgetter
print(itemgetter(1, 2)(*["abc"]), callable(itemgetter(1)))
try:
    itemgetter(1, k=2)
except TypeError as e: print(e)
# expect: 5 1.5 ababab 3.5 -4 -2 1267650600228229401496703205376 1180591620717411303424 -5 8 {1, 2} 0
# expect: True False True False True True -5 -0.0 -6 0 2 False
# expect: 2432902008176640000 [11, 22]
# expect: [('c', 1, 3.25), ('a', 2, 1.0), ('b', 2, 9.5)] ('a', 2, 1.0) z
# expect: 5 [1, 2] operator.itemgetter(1, 'a') operator.itemgetter(0)
# expect: root leaf ('root', 'leaf') operator.attrgetter('a.b', 'c') m
# expect: 3 True 7
# expect: TypeError add expected 2 arguments, got 1
# expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: ZeroDivisionError division by zero
# expect: TypeError bad operand type for unary -: 'str'
# expect: TypeError itemgetter expected 1 argument, got 0
# expect: IndexError list index out of range
# expect: KeyError 'k'
# expect: TypeError itemgetter expected 1 argument, got 0
# expect: TypeError itemgetter expected 1 argument, got 2
# expect: TypeError attribute name must be a string
# expect: AttributeError 'Node' object has no attribute 'nope'
# expect: AttributeError 'Node' object has no attribute 'nope'
# expect: TypeError attrgetter expected 1 argument, got 0
# expect: IndexError list index out of range
# expect: ZeroDivisionError integer modulo by zero
# expect: TypeError unsupported operand type(s) for ** or pow(): 'int' and 'str'
# expect: <built-in function add> builtin_function_or_method
# expect: True
# expect: ('b', 'c') True
# expect: itemgetter() takes no keyword arguments
