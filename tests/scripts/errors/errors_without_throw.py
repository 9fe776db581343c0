# Errors raised without a C++ throw (each caught, or leaving a function, with CPython's type,
# message and line): list.pop/remove/index, tuple.index, str/bytes index/rindex, dict.pop/
# popitem, set.pop/remove, del d[k], str[i], math domain errors, unpacking, binary-op TypeErrors.
import math
import traceback


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, repr(e), e.args)


attempt("pop empty", lambda: [].pop())
attempt("pop index", lambda: [1, 2].pop(5))
attempt("pop -3", lambda: [1, 2].pop(-3))
attempt("pop -2", lambda: [1, 2].pop(-2))
attempt("remove", lambda: [1, 2].remove(3))
attempt("index", lambda: [1, "a"].index("b"))
attempt("index range", lambda: [1, 2, 3, 1].index(1, 1, 3))
attempt("tuple index", lambda: (1, 2).index(3))
attempt("str index", lambda: "hello".index("z"))
attempt("str item", lambda: "héllo"[5])
attempt("str item neg", lambda: "héllo"[-6])
attempt("str item ok", lambda: "héllo"[-5])
attempt("str rindex", lambda: "hello".rindex("l", 0, 2))
attempt("str index ok", lambda: "hello".rindex("l"))
attempt("bytes index", lambda: b"hello".index(b"z"))
attempt("bytes index int", lambda: b"hello".index(122))
attempt("dict pop", lambda: {}.pop("k"))
attempt("dict pop tuple", lambda: {}.pop((1, 2)))
attempt("dict pop default", lambda: {}.pop("k", 7))
attempt("popitem", lambda: {}.popitem())
attempt("set pop", lambda: set().pop())
attempt("set remove", lambda: {1}.remove(2))
attempt("set remove frozenset key", lambda: {1}.remove(frozenset()))
attempt("sqrt", lambda: math.sqrt(-1))
attempt("acos", lambda: math.acos(2))
attempt("log 0", lambda: math.log(0))
attempt("log neg float", lambda: math.log(-2.5))
attempt("log base 0", lambda: math.log(8, 0))
attempt("log base 1", lambda: math.log(8, 1))
attempt("log2 0", lambda: math.log2(0))
attempt("log10 -1", lambda: math.log10(-1))
attempt("log ok", lambda: math.log(8, 2))
attempt("exp big", lambda: math.exp(1000))
attempt("str + int", lambda: "a" + 1)
attempt("int + str", lambda: 1 + "a")
attempt("list * str", lambda: [1] * "a")


def delete(d, k):
    del d[k]
    return d


attempt("del missing", lambda: delete({1: 2}, 3))
attempt("del ok", lambda: delete({1: 2}, 1))
attempt("del list", lambda: delete([1], 4))
attempt("del unhashable", lambda: delete({}, []))


class Mapping(dict):
    def __delitem__(self, k):
        print("__delitem__", k)


attempt("del subclass", lambda: delete(Mapping(), 9))


def unpack(src):
    a, b = src
    return a, b


attempt("unpack many", lambda: unpack([1, 2, 3]))
attempt("unpack few", lambda: unpack("a"))
attempt("unpack int", lambda: unpack(5))

# The stack under an error is released: the error in the middle of building things.
items = []
for i in range(3):
    try:
        items.append([i, (i, {"k": [].pop()}), i])
    except IndexError as e:
        items.append(str(e))
print(items)


def work(queue):
    done = []
    while True:
        try:
            done.append(queue.pop())
        except IndexError:
            return done
        finally:
            done.append("f")


print(work([1, 2]))

# Uncaught in a function: the traceback names the line.
def inner():
    s = {1}
    s.remove(2)


try:
    inner()
except KeyError:
    tb = traceback.format_exc().splitlines()
    print([line.strip() for line in tb if line.strip().startswith(("File", "s.remove", "KeyError"))][-2:])

# expect: pop empty IndexError IndexError('pop from empty list') ('pop from empty list',)
# expect: pop index IndexError IndexError('pop index out of range') ('pop index out of range',)
# expect: pop -3 IndexError IndexError('pop index out of range') ('pop index out of range',)
# expect: pop -2 ok 1
# expect: remove ValueError ValueError('list.remove(x): x not in list') ('list.remove(x): x not in list',)
# expect: index ValueError ValueError("'b' is not in list") ("'b' is not in list",)
# expect: index range ValueError ValueError('1 is not in list') ('1 is not in list',)
# expect: tuple index ValueError ValueError('tuple.index(x): x not in tuple') ('tuple.index(x): x not in tuple',)
# expect: str index ValueError ValueError('substring not found') ('substring not found',)
# expect: str item IndexError IndexError('string index out of range') ('string index out of range',)
# expect: str item neg IndexError IndexError('string index out of range') ('string index out of range',)
# expect: str item ok ok h
# expect: str rindex ValueError ValueError('substring not found') ('substring not found',)
# expect: str index ok ok 3
# expect: bytes index ValueError ValueError('subsection not found') ('subsection not found',)
# expect: bytes index int ValueError ValueError('subsection not found') ('subsection not found',)
# expect: dict pop KeyError KeyError('k') ('k',)
# expect: dict pop tuple KeyError KeyError((1, 2)) ((1, 2),)
# expect: dict pop default ok 7
# expect: popitem KeyError KeyError('popitem(): dictionary is empty') ('popitem(): dictionary is empty',)
# expect: set pop KeyError KeyError('pop from an empty set') ('pop from an empty set',)
# expect: set remove KeyError KeyError(2) (2,)
# expect: set remove frozenset key KeyError KeyError(frozenset()) (frozenset(),)
# expect: sqrt ValueError ValueError('math domain error') ('math domain error',)
# expect: acos ValueError ValueError('math domain error') ('math domain error',)
# expect: log 0 ValueError ValueError('math domain error') ('math domain error',)
# expect: log neg float ValueError ValueError('math domain error') ('math domain error',)
# expect: log base 0 ValueError ValueError('math domain error') ('math domain error',)
# expect: log base 1 ZeroDivisionError ZeroDivisionError('float division by zero') ('float division by zero',)
# expect: log2 0 ValueError ValueError('math domain error') ('math domain error',)
# expect: log10 -1 ValueError ValueError('math domain error') ('math domain error',)
# expect: log ok ok 3.0
# expect: exp big OverflowError OverflowError('math range error') ('math range error',)
# expect: str + int TypeError TypeError('can only concatenate str (not "int") to str') ('can only concatenate str (not "int") to str',)
# expect: int + str TypeError TypeError("unsupported operand type(s) for +: 'int' and 'str'") ("unsupported operand type(s) for +: 'int' and 'str'",)
# expect: list * str TypeError TypeError("can't multiply sequence by non-int of type 'str'") ("can't multiply sequence by non-int of type 'str'",)
# expect: del missing KeyError KeyError(3) (3,)
# expect: del ok ok {}
# expect: del list IndexError IndexError('list assignment index out of range') ('list assignment index out of range',)
# expect: del unhashable TypeError TypeError("unhashable type: 'list'") ("unhashable type: 'list'",)
# expect: __delitem__ 9
# expect: del subclass ok {}
# expect: unpack many ValueError ValueError('too many values to unpack (expected 2)') ('too many values to unpack (expected 2)',)
# expect: unpack few ValueError ValueError('not enough values to unpack (expected 2, got 1)') ('not enough values to unpack (expected 2, got 1)',)
# expect: unpack int TypeError TypeError('cannot unpack non-iterable int object') ('cannot unpack non-iterable int object',)
# expect: ['pop from empty list', 'pop from empty list', 'pop from empty list']
# expect: [2, 'f', 1, 'f', 'f']
# expect: ['s.remove(2)', 'KeyError: 2']
