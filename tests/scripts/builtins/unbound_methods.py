# The builtin types' methods looked up on the type and called with the receiver first, and their
# special methods as methods of values: list.append(l, x), dict.get(d, k), str.upper("a"),
# int.__add__(2, 3), (5).__add__(3), [1].__len__(), "ab".__contains__("a"), {}.__getitem__.
l = [3, 1]
list.append(l, 2)
list.sort(l)
print(l, list.__len__(l), list.__getitem__(l, 0), list.__contains__(l, 3), list.index(l, 2))
d = {"k": 1}
print(dict.get(d, "k"), dict.get(d, "x", 0), dict.keys(d), dict.__getitem__(d, "k"), dict.__len__(d))
dict.__setitem__(d, "j", 2)
dict.__delitem__(d, "k")
print(d, dict.__contains__(d, "j"), dict.__repr__(d), list.__repr__([1, "a"]))
print(str.upper("a"), str.join("-", ["x", "y"]), str.split("a b"), str.__len__("abc"))
print(int.__add__(2, 3), int.__mul__(4, 5), int.__sub__(2, 9), int.__neg__(4), int.__hash__(7))
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (7).__floordiv__(2))
print((5).__add__("a"), (5).__eq__(5), (5).__lt__(6), (5).__lt__("a"), (2.5).__mul__(2))
print([1].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(1), [1] .__add__([2]))
print("ab".__contains__("a"), "ab".__getitem__(1), "ab".__len__(), "a".__add__("b"), "%s!".__mod__(1))
print({"a": 1}.__getitem__("a"), {}.__len__(), {1: 2}.__contains__(1), {1: 2}.__iter__().__next__())
print((1, 2).__len__(), (1, 2).__getitem__(0), (1,).__add__((2,)), (1, 2).__contains__(3))
print([1, 2].__eq__([1, 2]), [1].__ne__([1]), [1].__lt__([2]), [1].__repr__(), (3).__repr__())
x = [1]
x.__iadd__([2])
x.__setitem__(0, 9)
x.__delitem__(1)
print(x, x.__iter__().__next__(), sorted([3, 1, 2], key=list.__len__ if False else None))
print(list.append, dict.get, str.upper)
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.strip, [" a ", "b "])))
try:
    list.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    dict.get([], 1)
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper()
except TypeError as e:
    print("TypeError:", e)
try:
    {}.__getitem__("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    [].__getitem__(3)
except IndexError as e:
    print("IndexError:", e)

# The expected output (CPython 3.11):
# expect: [1, 2, 3] 3 1 True 1
# expect: 1 0 dict_keys(['k']) 1 1
# expect: {'j': 2} True {'j': 2} [1, 'a']
# expect: A x-y ['a', 'b'] 3
# expect: 5 20 -7 -4 7
# expect: 8 8 2 -2 3
# expect: NotImplemented True True NotImplemented 5.0
# expect: 1 True 2 [1, 2]
# expect: True b 2 ab 1!
# expect: 1 0 True 1
# expect: 2 1 (1, 2) False
# expect: True False True [1] 3
# expect: [9] 9 [1, 2, 3]
# expect: <method 'append' of 'list' objects> <method 'get' of 'dict' objects> <method 'upper' of 'str' objects>
# expect: ['A', 'b', 'c'] ['a', 'b']
# expect: TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
# expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'list' object
# expect: TypeError: unbound method str.upper() needs an argument
# expect: KeyError: 'nope'
# expect: IndexError: list index out of range
