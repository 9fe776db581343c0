# slice objects and slice bounds: slice() built and compared, __index__ on bounds (called once
# each, in CPython's order: step first, whose zero stops before start and stop are asked; for a
# list store, before the iterable), bools and big ints as bounds, bad bounds' TypeErrors, and
# range()'s and slice()'s argument-count messages. Every expectation is CPython 3.11's output.
# args: --gil newgil
# args: --gil nogil

class I:
    def __init__(self, v): self.v = v
    def __index__(self): print("index", self.v); return self.v
a = list(range(10))
print(a[I(1):I(8):I(2)], a[I(-3):], a[:I(2)], a[::I(-1)])
print(a[True:5], a[2**70:], a[-2**70:3], a[None:None:None])
a[I(1):I(3)] = [9]
print(a)
for bad in [(1.5, None, None), (None, "x", None), (None, None, 2.5), (None, None, 0)]:
    try:
        print(a[slice(*bad)])
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __index__(self): return "no"
try: a[B():]
except Exception as e: print(type(e).__name__, e)
try: a[I(1):2:0]
except Exception as e: print(type(e).__name__, e)
print("abcdef"[I(1):I(5):I(2)], b"abcdef"[I(4):I(0):I(-1)], (1,2,3)[I(1):])
print(range(20)[I(2):I(10):I(3)])
s = slice(5)
print(s, slice(1, 2), slice(1, 2, 3), type(s), isinstance(s, slice), s.start, s.stop)
a = list(range(10))
print(a[slice(2, 8, 2)], "hello"[slice(None, None, -1)], a[slice(3)])
a[slice(0, 2)] = ["x"]
print(a)
del a[slice(0, 3)]
print(a)
try: slice()
except TypeError as e: print(e)
try: slice(1,2,3,4)
except TypeError as e: print(e)
print(slice(1, 2) == slice(1, 2), slice(1,2) == slice(1,3))
try: hash(slice(1,2))
except TypeError as e: print(e)
try: range()
except TypeError as e: print(e)
try: range(1,2,3,4)
except TypeError as e: print(e)
try: range(1, x=2)
except TypeError as e: print(e)
try: slice(1, x=2)
except TypeError as e: print(e)
order = []
class Tracked:
    def __init__(self, v): self.v = v
    def __index__(self): order.append(self.v); return self.v
def items():
    order.append("iter")
    yield 7
    yield 8
b = list(range(6))
b[Tracked(1):Tracked(3)] = items()
print(b, order)
order.clear()
del b[Tracked(0):Tracked(6):Tracked(2)]
print(b, order)
# expect: index 2
# expect: index 1
# expect: index 8
# expect: index -3
# expect: index 2
# expect: index -1
# expect: [1, 3, 5, 7] [7, 8, 9] [0, 1] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# expect: [1, 2, 3, 4] [] [0, 1, 2] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: index 1
# expect: index 3
# expect: [0, 9, 3, 4, 5, 6, 7, 8, 9]
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: TypeError slice indices must be integers or None or have an __index__ method
# expect: ValueError slice step cannot be zero
# expect: TypeError __index__ returned non-int (type str)
# expect: ValueError slice step cannot be zero
# expect: index 2
# expect: index 1
# expect: index 5
# expect: index -1
# expect: index 4
# expect: index 0
# expect: index 1
# expect: bd b'edcb' (2, 3)
# expect: index 3
# expect: index 2
# expect: index 10
# expect: range(2, 10, 3)
# expect: slice(None, 5, None) slice(1, 2, None) slice(1, 2, 3) <class 'slice'> True None 5
# expect: [2, 4, 6] olleh [0, 1, 2]
# expect: ['x', 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [4, 5, 6, 7, 8, 9]
# expect: slice expected at least 1 argument, got 0
# expect: slice expected at most 3 arguments, got 4
# expect: True False
# expect: unhashable type: 'slice'
# expect: range expected at least 1 argument, got 0
# expect: range expected at most 3 arguments, got 4
# expect: range() takes no keyword arguments
# expect: slice() takes no keyword arguments
# expect: [0, 7, 8, 3, 4, 5] [1, 3, 'iter']
# expect: [7, 3, 5] [2, 0, 6]
