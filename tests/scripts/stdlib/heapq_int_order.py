# heapq over ints (compared in line in the sift loops) and over ints mixed with bools, floats and
# big ints (compared generally), with the errors, as CPython 3.11.
# expect: [-9223372036854775808, -3, -3, 1, 0, 4611686018427387904, 9, 7, 5]
# expect: [-9223372036854775808, -3, -3, 0, 1, 5, 7, 9, 4611686018427387904]
# expect: [-36893488147419103232, -1, False, True, 1180591620717411303424, 2.5, 0.0, 3, 1]
# expect: [-36893488147419103232, -1, False, 0.0, True, 1, 2.5, 3, 1180591620717411303424]
# expect: [1, 4, 2, 9, 8, 7]
# expect: 1 2 [3, 4, 7, 9, 8, 10]
# expect: [1, 2, 3] [4, 3]
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: IndexError index out of range
import heapq
h = []
for x in [5, -3, 9, 0, -3, 2 ** 62, -(2 ** 63), 7, 1]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
m = []
for x in [3, True, 2.5, False, 2 ** 70, -1, 0.0, -(2 ** 65), 1]:
    heapq.heappush(m, x)
print(m)
print([heapq.heappop(m) for _ in range(len(m))])
r = [9, 4, 7, 1, 8, 2]
heapq.heapify(r)
print(r)
print(heapq.heappushpop(r, 3), heapq.heapreplace(r, 10), r)
print(heapq.nsmallest(3, [4, 1, 3, 2]), heapq.nlargest(2, [4, 1, 3, 2]))
try:
    heapq.heappush([1, 2], "x")
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
