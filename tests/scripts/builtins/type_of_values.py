# type(x) of one argument: the classes of builtin values (kept by the VM for None, bool, int,
# float, str, bytes, list, tuple and dict once found), subclasses' instances, defaultdicts,
# deques, exceptions, classes and metaclasses, from several threads at once too.
# args: --gil newgil
# args: --gil nogil
import collections
import threading

values = [None, True, 0, 2**70, -1.5, "s", b"b", [1], (1,), {1: 2}, set(), frozenset(), range(2),
          bytearray(), len, print, type, int, ValueError("x"), ValueError, object(),
          collections.defaultdict(list), collections.deque(), iter([]), (x for x in ()),
          {}.keys(), slice(1), 0]
print([type(v).__name__ for v in values])
print(type(None) is type(None), type(3) is int, type(True) is bool, type(2**70) is int,
      type(1.0) is float, type("") is str, type(b"") is bytes, type([]) is list,
      type(()) is tuple, type({}) is dict, type(int) is type)


class L(list):
    pass


class D(dict):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(type(L()) is L, type(D()) is D, type(L()) is list, type(collections.defaultdict(int)) is dict)
print(type(WithMeta) is Meta, type(WithMeta()) is WithMeta, type(Meta) is type)
counts = collections.Counter(type(v) for v in [1, 2.0, "a", 3, None, [], (), {}, True, b""])
print(sorted((t.__name__, n) for t, n in counts.items()))
results = []


def worker(seed):
    found = set()
    for i in range(2000):
        found.add(type([i, float(i), str(i), None, (i,), {i: i}, b"", True, 2**64 + i][i % 9]))
    results.append(sorted(t.__name__ for t in found))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results[0], all(r == results[0] for r in results), len(results))
for call in (lambda: type(), lambda: type(1, 2), lambda: type(x=1)):
    try:
        call()
    except TypeError as error:
        print(type(error).__name__, error)

# expect: ['NoneType', 'bool', 'int', 'int', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'bytearray', 'builtin_function_or_method', 'builtin_function_or_method', 'type', 'type', 'ValueError', 'type', 'object', 'defaultdict', 'deque', 'list_iterator', 'generator', 'dict_keys', 'slice', 'int']
# expect: True True True True True True True True True True True
# expect: True True False False
# expect: True True True
# expect: [('NoneType', 1), ('bool', 1), ('bytes', 1), ('dict', 1), ('float', 1), ('int', 2), ('list', 1), ('str', 1), ('tuple', 1)]
# expect: ['NoneType', 'bool', 'bytes', 'dict', 'float', 'int', 'str', 'tuple'] True 4
# expect: TypeError type() takes 1 or 3 arguments
# expect: TypeError type() takes 1 or 3 arguments
# expect: TypeError type() takes 1 or 3 arguments
