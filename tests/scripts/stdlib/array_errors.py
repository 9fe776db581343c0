# array.array's errors, as CPython 3.11's: OverflowError per typecode, TypeError for wrong item
# types, IndexError, ValueError.
from array import array
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for code, v in [('b', 128), ('b', -129), ('b', 40000), ('B', 256), ('B', -1), ('h', 40000), ('h', -40000),
                ('H', -1), ('H', 70000), ('i', 2**31), ('i', -2**31 - 1), ('I', -1), ('I', 2**32),
                ('l', 2**63), ('l', -2**63 - 1), ('L', -1), ('L', 2**64), ('q', 2**63), ('Q', -1),
                ('Q', 2**64), ('b', 1.5), ('d', 'x'), ('f', 'x'), ('i', '1'), ('d', None),
                ('u', 'ab'), ('u', 1), ('b', 2**70)]:
    attempt(lambda: array(code, [v]))
attempt(lambda: array('x'))
attempt(lambda: array('d', 5))
attempt(lambda: array('d', 'ab'))
attempt(lambda: array())
attempt(lambda: array('dd'))
attempt(lambda: array(1))
a = array('d', [1.0, 2.0, 3.5])
attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: a['x'])
def store(index, value):
    def f():
        a[index] = value
    return f
attempt(store(5, 1.0))
attempt(store(0, 'x'))
attempt(store(slice(0, 1), [1.0]))
attempt(store(slice(0, 1), array('i', [1])))
attempt(store(slice(None, None, 2), array('d', [1.0])))
attempt(lambda: a.extend(array('i', [1])))
attempt(lambda: a.append('x'))
attempt(lambda: array('i', [1, 2]) + array('d', [3]))
attempt(lambda: array('i', [1, 2]) + [3])
attempt(lambda: array('i', [1]) * 'x')
attempt(lambda: array('i').pop())
attempt(lambda: array('i', [1]).pop(5))
attempt(lambda: array('i', [1]).index(5))
attempt(lambda: array('i', [1]).remove(9))
attempt(lambda: array('i').frombytes(b'\x01'))
attempt(lambda: array('d').fromlist([1, 'x']))
attempt(lambda: array('d').fromlist((1,)))
b = array('i', [1, 2])
attempt(lambda: b.fromlist([3, 2**40]))
print(b)
b.extend([3, 'x'] if False else [3])
attempt(lambda: b.extend([4, 'x']))
print(b)
def iadd():
    c = array('i')
    c += [1]
attempt(iadd)
print(array('i', [5]))
attempt(lambda: hash(array('i')))
attempt(lambda: {array('d'): 1})
attempt(lambda: array('i') < [1])
attempt(lambda: array('i', [1]) * 2**70)
attempt(lambda: array('b', [1]) * 0.5)
# expect: OverflowError: signed char is greater than maximum
# expect: OverflowError: signed char is less than minimum
# expect: OverflowError: signed short integer is greater than maximum
# expect: OverflowError: unsigned byte integer is greater than maximum
# expect: OverflowError: unsigned byte integer is less than minimum
# expect: OverflowError: signed short integer is greater than maximum
# expect: OverflowError: signed short integer is less than minimum
# expect: OverflowError: unsigned short is less than minimum
# expect: OverflowError: unsigned short is greater than maximum
# expect: OverflowError: signed integer is greater than maximum
# expect: OverflowError: signed integer is less than minimum
# expect: OverflowError: can't convert negative value to unsigned int
# expect: OverflowError: unsigned int is greater than maximum
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: can't convert negative value to unsigned int
# expect: OverflowError: Python int too large to convert to C unsigned long
# expect: OverflowError: int too big to convert
# expect: OverflowError: can't convert negative int to unsigned
# expect: OverflowError: int too big to convert
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: must be real number, not str
# expect: TypeError: must be real number, not str
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: must be real number, not NoneType
# expect: TypeError: array item must be unicode character
# expect: TypeError: array item must be unicode character
# expect: OverflowError: Python int too large to convert to C long
# expect: ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: cannot use a str to initialize an array with typecode 'd'
# expect: TypeError: array() takes at least 1 argument (0 given)
# expect: TypeError: array() argument 1 must be a unicode character, not str
# expect: TypeError: array() argument 1 must be a unicode character, not int
# expect: IndexError: array index out of range
# expect: IndexError: array index out of range
# expect: TypeError: array indices must be integers
# expect: IndexError: array assignment index out of range
# expect: TypeError: must be real number, not str
# expect: TypeError: can only assign array (not "list") to array slice
# expect: TypeError: bad argument type for built-in operation
# expect: ValueError: attempt to assign array of size 1 to extended slice of size 2
# expect: TypeError: can only extend with array of same kind
# expect: TypeError: must be real number, not str
# expect: TypeError: bad argument type for built-in operation
# expect: TypeError: can only append array (not "list") to array
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: IndexError: pop from empty array
# expect: IndexError: pop index out of range
# expect: ValueError: array.index(x): x not in array
# expect: ValueError: array.remove(x): x not in array
# expect: ValueError: bytes length not a multiple of item size
# expect: TypeError: must be real number, not str
# expect: TypeError: arg must be list
# expect: OverflowError: signed integer is greater than maximum
# expect: array('i', [1, 2])
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: array('i', [1, 2, 3, 4])
# expect: TypeError: can only extend array with array (not "list")
# expect: array('i', [5])
# expect: TypeError: unhashable type: 'array.array'
# expect: TypeError: unhashable type: 'array.array'
# expect: TypeError: '<' not supported between instances of 'array.array' and 'list'
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: TypeError: can't multiply sequence by non-int of type 'float'
