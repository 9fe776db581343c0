# The builtins that stand for types show as classes (<class 'int'>), as in CPython; methods
# looked up on a type show as <method 'append' of 'list' objects>.
print(type(3), type(2.5), type("s"), type([]), type({}), type(()), type(True))
print(type(b""), type(set()), type(frozenset()), type(range(1)), type(None))
print(int, str, float, list, dict, tuple, bool, bytes, set, frozenset, type, object)
print(len, print, abs)
print(type(int), type(type), type(len).__name__)
print([type(x) for x in (1, "a", 1.0)])
print(type(3) is int, type(3) == int, type([]) is list, int.__name__, type(3).__name__)
print(list.append, str.join, dict.get)
print(repr(type(3)), str(float), f"{type('x')}")
print(enumerate, zip, map, filter, reversed, range, staticmethod, classmethod, property, super)

# expect: <class 'int'> <class 'float'> <class 'str'> <class 'list'> <class 'dict'> <class 'tuple'> <class 'bool'>
# expect: <class 'bytes'> <class 'set'> <class 'frozenset'> <class 'range'> <class 'NoneType'>
# expect: <class 'int'> <class 'str'> <class 'float'> <class 'list'> <class 'dict'> <class 'tuple'> <class 'bool'> <class 'bytes'> <class 'set'> <class 'frozenset'> <class 'type'> <class 'object'>
# expect: <built-in function len> <built-in function print> <built-in function abs>
# expect: <class 'type'> <class 'type'> builtin_function_or_method
# expect: [<class 'int'>, <class 'str'>, <class 'float'>]
# expect: True True True int int
# expect: <method 'append' of 'list' objects> <method 'join' of 'str' objects> <method 'get' of 'dict' objects>
# expect: <class 'int'> <class 'float'> <class 'str'>
# expect: <class 'enumerate'> <class 'zip'> <class 'map'> <class 'filter'> <class 'reversed'> <class 'range'> <class 'staticmethod'> <class 'classmethod'> <class 'property'> <class 'super'>
