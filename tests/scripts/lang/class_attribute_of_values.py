# x.__class__ of every kind of value is type(x), as in CPython
class C:
    pass
class L(list):
    pass
class I(int):
    pass
def f():
    yield 1
values = [5, 2.5, 'x', b'y', bytearray(b'z'), [1], (1,), {1: 2}, {1}, frozenset(), None, True, 1j, len, range(3),
          C(), L(), I(3), ValueError('v'), f(), f, lambda: 0, {}.keys(), iter([]), slice(1, 2), NotImplemented, ...]
print([v.__class__.__name__ for v in values])
print(all(v.__class__ is type(v) for v in values))
print(C.__class__, int.__class__, ValueError.__class__, (5).__class__ is int, 'x'.__class__('y'), [].__class__((1, 2)))
print(isinstance(3, (5).__class__), (2.5).__class__.__name__)

# expect: ['int', 'float', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict', 'set', 'frozenset', 'NoneType', 'bool', 'complex', 'builtin_function_or_method', 'range', 'C', 'L', 'I', 'ValueError', 'generator', 'function', 'function', 'dict_keys', 'list_iterator', 'slice', 'NotImplementedType', 'ellipsis']
# expect: True
# expect: <class 'type'> <class 'type'> <class 'type'> True y [1, 2]
# expect: True float
