# array.array (C++, module_array.cpp): typecodes, indexing, slicing, methods, repr, + and *,
# bytes round trips, as CPython 3.11's.
# args: --gil newgil
# args: --gil nogil
from array import array
import array as array_module
a = array('d', [1.0, 2.0, 3.5])
print(a, repr(a), str(a), len(a), a[0], a[-1], a[1:], a[::-1], a.itemsize, a.typecode)
b = array('d', [0.0]) * 3
print(b, array('i'), array('i', []), 3 * array('b', [1, 2]), array('d', [1.5]) * 0)
b[1:2] = array('d', [7.0, 8.0])
print(b)
b.append(9)
b.extend([1, 2])
b.extend(array('d', [3.0]))
print(b)
print(b.pop(), b.pop(0), b)
b.insert(0, 42)
b.insert(-1, 43)
b.insert(100, 44)
print(b)
print(b.tolist(), b.tobytes()[:8], array('i', [1, 2]).tobytes())
c = array('i')
c.frombytes(b'\x01\x00\x00\x00\x02\x00\x00\x00')
print(c, array('b', b'\x01\xff'), array('u', 'hi'), array('u', 'hi').tounicode())
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]),
      array('i', [1]) == [1], array('i', [1]) != array('i', [2]), array('d', [float('nan')]) == array('d', [float('nan')]))
print(array('i', [1, 2]) + array('i', [3]))
print(list(array('h', [5, 6])), sum(array('d', [0.5, 0.25])), 5 in array('i', [5]), 2.5 in array('d', [2.5]), 7 in array('i'))
print(array('i', [1, 2, 3, 2]).index(2), array('i', [1, 2, 3, 2]).count(2))
a2 = array('i', [1, 2, 3, 4, 5])
del a2[1]
del a2[1:3]
print(a2)
a2.remove(5)
print(a2)
a3 = array('i', [1, 2])
a3 += array('i', [3])
a3 *= 2
print(a3, a3[::2], a3[-2:], a3[10:])
a3[::2] = array('i', [7, 8, 9])
del a3[::3]
print(a3)
print(array('f', [0.1]), array('f', [0.1])[0], array('d', [float('nan'), float('inf')]))
print(array('L', [2**64 - 1]), array('Q', [2**64 - 1])[0], array('B', [255]), array('b', [-128]))
print(array('h', [-32768, 32767]), array('H', [65535]), array('i', [-2**31]), array('I', [2**32 - 1]),
      array('l', [-2**63]), array('q', [2**63 - 1]))
print(bool(array('i')), bool(array('i', [0])), array('i', [3, 1, 2]).buffer_info()[1])
print(array('d', range(3)), array('i', (x * x for x in range(4))), array('d', array('i', [4, 5])))
a5 = array('i', [1, 2])
a5.fromlist([3])
a5.reverse()
print(a5, array('i', [True, False]), array('d', [1, 2**70]))
print(array_module.typecodes, array_module.ArrayType is array, isinstance(a, array), isinstance([], array))
n = 1000
grid = array('d', [0.0]) * n
for i in range(n):
    grid[i] = i * 0.5
total = 0.0
for i in range(n):
    total += grid[i]
print(total, grid[n - 1], len(grid))
for x in array('b', [3, -4]):
    print(x)
it = iter(array('i', [10]))
print(next(it), next(it, 'end'))
print(array('i', [1, 2]) < array('i', [1, 3]), array('d', [2.0]) >= array('i', [1, 5]),
      array('b', [1]) <= array('b', [1]), array('i', [1, 2]) > array('i', [1]))
# expect: array('d', [1.0, 2.0, 3.5]) array('d', [1.0, 2.0, 3.5]) array('d', [1.0, 2.0, 3.5]) 3 1.0 3.5 array('d', [2.0, 3.5]) array('d', [3.5, 2.0, 1.0]) 8 d
# expect: array('d', [0.0, 0.0, 0.0]) array('i') array('i') array('b', [1, 2, 1, 2, 1, 2]) array('d')
# expect: array('d', [0.0, 7.0, 8.0, 0.0])
# expect: array('d', [0.0, 7.0, 8.0, 0.0, 9.0, 1.0, 2.0, 3.0])
# expect: 3.0 0.0 array('d', [7.0, 8.0, 0.0, 9.0, 1.0, 2.0])
# expect: array('d', [42.0, 7.0, 8.0, 0.0, 9.0, 1.0, 43.0, 2.0, 44.0])
# expect: [42.0, 7.0, 8.0, 0.0, 9.0, 1.0, 43.0, 2.0, 44.0] b'\x00\x00\x00\x00\x00\x00E@' b'\x01\x00\x00\x00\x02\x00\x00\x00'
# expect: array('i', [1, 2]) array('b', [1, -1]) array('u', 'hi') hi
# expect: True True False True False
# expect: array('i', [1, 2, 3])
# expect: [5, 6] 0.75 True True False
# expect: 1 2
# expect: array('i', [1, 5])
# expect: array('i', [1])
# expect: array('i', [1, 2, 3, 1, 2, 3]) array('i', [1, 3, 2]) array('i', [2, 3]) array('i')
# expect: array('i', [2, 8, 9, 3])
# expect: array('f', [0.10000000149011612]) 0.10000000149011612 array('d', [nan, inf])
# expect: array('L', [18446744073709551615]) 18446744073709551615 array('B', [255]) array('b', [-128])
# expect: array('h', [-32768, 32767]) array('H', [65535]) array('i', [-2147483648]) array('I', [4294967295]) array('l', [-9223372036854775808]) array('q', [9223372036854775807])
# expect: False True 3
# expect: array('d', [0.0, 1.0, 2.0]) array('i', [0, 1, 4, 9]) array('d', [4.0, 5.0])
# expect: array('i', [3, 2, 1]) array('i', [1, 0]) array('d', [1.0, 1.1805916207174113e+21])
# expect: bBuhHiIlLqQfd True True False
# expect: 249750.0 499.5 1000
# expect: 3
# expect: -4
# expect: 10 end
# expect: True True True True
