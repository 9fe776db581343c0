# Calls that skip the general native call: a module's function called where CALL_METHOD finds it
# (math.sqrt(x)), range(n) and range(a, b), abs(x), int.bit_length(); their results and errors
# as CPython's, and the stack left right when one raises mid-expression.
import bisect
import heapq
import math
import collections


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Magnitude:
    def __abs__(self):
        return "magnitude"


def show(call):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(range(4)), list(range(2, 6)), list(range(5, 2)), list(range(-3)), list(range(True)))
print(list(range(Index(3))), list(range(Index(1), Index(4))), list(range(False, 3)))
print(range(7), range(1, 9), len(range(-5, 5)), sum(range(100)))
for call in [
    lambda: range(2.0),
    lambda: range(1, "5"),
    lambda: range(None),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: range(stop=3),
    lambda: range(1, 10, 0),
    lambda: range(1, 10, 3),
]:
    show(call)
for v in [5, -5, 0, -(2**63), 2**63 - 1, True, False, -2.5, -0.0, 10**30, -(10**30), Magnitude()]:
    show(lambda: abs(v))
show(lambda: abs("x"))
show(lambda: abs())
show(lambda: abs(1, 2))
for v in [0, 1, -1, 255, -256, 2**62, -(2**63), 2**63 - 1, 2**63, -(2**100), True, False]:
    print(v, v.bit_length())
# Module functions raising inside expressions, with values below them on the stack.
total = 0
for v in [4, -1, 9, "x", 16.0]:
    try:
        total += 1 + math.sqrt(v) * 2
    except (ValueError, TypeError) as e:
        print("skip", v, type(e).__name__, e)
print(total)
h = []
for i in range(3):
    heapq.heappush(h, 3 - i)
popped = []
while True:
    try:
        popped.append([i, heapq.heappop(h), len(h)])
    except IndexError as e:
        print("empty:", e)
        break
print(popped)
# Other callees CALL_METHOD finds on a module: classes, keywords, other arities.
d = collections.deque([1, 2], maxlen=3)
print(d, collections.Counter("abca").most_common(1))
print(math.log(8, 2), math.hypot(3, 4), math.fsum([0.1] * 10), heapq.nsmallest(2, [5, 1, 3]))
print(bisect.bisect_left([1, 2, 3], 2, 0, 2), bisect.bisect_right([1, 2, 3], 2, lo=2))
show(lambda: math.isclose(1.0, 1.0 + 1e-10))
show(lambda: math.sqrt(4, x=1))
show(lambda: heapq.heappush([], 1, 2))
show(lambda: [math.floor(v) for v in [1.5, float("nan"), 2]])
print([math.floor(v) + math.ceil(v) for v in [1.5, -1.5, 2]])

# expect: [0, 1, 2, 3] [2, 3, 4, 5] [] [] [0]
# expect: [0, 1, 2] [1, 2, 3] [0, 1, 2]
# expect: range(0, 7) range(1, 9) 10 4950
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError range expected at least 1 argument, got 0
# expect: TypeError range expected at most 3 arguments, got 4
# expect: TypeError range() takes no keyword arguments
# expect: ValueError range() arg 3 must not be zero
# expect: range(1, 10, 3)
# expect: 5
# expect: 5
# expect: 0
# expect: 9223372036854775808
# expect: 9223372036854775807
# expect: 1
# expect: 0
# expect: 2.5
# expect: 0.0
# expect: 1000000000000000000000000000000
# expect: 1000000000000000000000000000000
# expect: 'magnitude'
# expect: TypeError bad operand type for abs(): 'str'
# expect: TypeError abs() takes exactly one argument (0 given)
# expect: TypeError abs() takes exactly one argument (2 given)
# expect: 0 0
# expect: 1 1
# expect: -1 1
# expect: 255 8
# expect: -256 9
# expect: 4611686018427387904 63
# expect: -9223372036854775808 64
# expect: 9223372036854775807 63
# expect: 9223372036854775808 64
# expect: -1267650600228229401496703205376 101
# expect: True 1
# expect: False 0
# expect: skip -1 ValueError math domain error
# expect: skip x TypeError must be real number, not str
# expect: 21.0
# expect: empty: index out of range
# expect: [[2, 1, 2], [2, 2, 1], [2, 3, 0]]
# expect: deque([1, 2], maxlen=3) [('a', 2)]
# expect: 3.0 5.0 1.0 [1, 3]
# expect: 1 2
# expect: True
# expect: TypeError math.sqrt() takes no keyword arguments
# expect: TypeError heappush expected 2 arguments, got 3
# expect: ValueError cannot convert float NaN to integer
# expect: [3, -3, 4]
