# operator (functions, itemgetter, attrgetter, methodcaller), string's constants and capwords,
# gc's functions (the VM has no cycle collector: collect() finds nothing) — all embedded Python.
import gc
import operator
import string
from operator import itemgetter, attrgetter

print(operator.add(1, 2), operator.mul(3, 4), operator.sub(5, 7), operator.truediv(1, 4))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3))
print(operator.eq(1, 1), operator.lt(1, 2), operator.not_(0), operator.truth([]))
print(operator.getitem([1, 2, 3], 1), operator.contains("abc", "b"), operator.index(5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.abs(-4))
rows = [("b", 2, 9), ("a", 2, 1), ("c", 1, 5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(0, 2)("xyz"), itemgetter("k")({"k": 7}))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return self.name


people = [P("x", 30), P("y", 25), P("z", 35)]
print(sorted(people, key=attrgetter("age")), attrgetter("name", "age")(people[0]))
print(operator.methodcaller("split", ",")("a,b"), operator.methodcaller("upper")("q"))
print(itemgetter(1), attrgetter("a.b"), operator.methodcaller("f", 1, k=2))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), len(string.printable), string.capwords("hello  big world"))
print(gc.isenabled(), gc.collect(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())
print(gc.get_threshold())

# expect: 3 12 -2 0.25
# expect: 3 1 1024 -3
# expect: True True True False
# expect: 2 True 5
# expect: 2 7 5 4
# expect: [('c', 1, 5), ('b', 2, 9), ('a', 2, 1)] [('c', 1, 5), ('a', 2, 1), ('b', 2, 9)]
# expect: ('b', 2, 9) ('x', 'z') 7
# expect: [y, x, z] ('x', 30)
# expect: ['a', 'b'] Q
# expect: operator.itemgetter(1) operator.attrgetter('a.b') operator.methodcaller('f', 1, k=2)
# expect: True [1, 2] 2 2
# expect: abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789
# expect: 0123456789abcdefABCDEF 01234567 !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
# expect: ' \t\n\r\x0b\x0c' 100 Hello Big World
# expect: True 0 None False None True
# expect: (700, 10, 10)
