# `x in a_tuple` and `not in`: ints, strs and tuples of them decided in line, anything else by
# the full comparison (floats against ints, instances with __eq__, nan by identity, nested lists,
# tuple subclasses), as CPython 3.11.
calls = []
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        calls.append(self.v)
        return other == self.v
    __hash__ = None

ops = (('op', '+'), ('op', '-'))
for tok in [('op', '+'), ('op', '-'), ('op', '*'), ('num', '+'), ('op',), ('op', '+', 1), 'op', 5]:
    print(tok, tok in ops, tok not in ops)
print(1 in (1.0, 2), 2.0 in (1, 2), True in (0, 1), 1 in (True,), 3 in (1, 2.5), 2**70 in (2**70,))
print('a' in ('a', Eq('a')), calls)
print('b' in ('a', Eq('b')), calls)
print('c' in ('a', Eq('b'), 'c'), calls)
print(Eq(7) in (1, 2, 7), calls)
print(('x', [1]) in (('x', [1]),), ('x', [2]) in (('x', [1]),), ([1], 'x') in (('y', 2), ([1], 'x')))
class T(tuple):
    def __contains__(self, item):
        return item == 'always'
print('always' in T((1,)), 1 in T((1,)), 1 in tuple(T((1,))))
print((1, (2, 3)) in ((1, (2, 3)),), (1, (2, 4)) in ((1, (2, 3)),), () in ((),), () in ())
s = 'hello'
print(s[1] in ('e', 'x'), s[0] in ('e', 'x'), s[1:3] in ('el', 'll'), 'é' in ('é',))
def f(ch):
    return ch in (' ', '\t', '\n')
print(sum(f(c) for c in 'a b\tc\nd  e'))
try:
    print([] in ('a', Eq(1)))
except Exception as e:
    print(type(e).__name__, e)
class Boom:
    def __eq__(self, other):
        raise ValueError('boom')
try:
    print(3 in (1, Boom(), 3))
except ValueError as e:
    print('ValueError', e)
print(3 in (1, 3, Boom()))

# expect: ('op', '+') True False
# expect: ('op', '-') True False
# expect: ('op', '*') False True
# expect: ('num', '+') False True
# expect: ('op',) False True
# expect: ('op', '+', 1) False True
# expect: op False True
# expect: 5 False True
# expect: True True True True False True
# expect: True []
# expect: True ['b']
# expect: True ['b', 'b']
# expect: True ['b', 'b', 7, 7, 7]
# expect: True False True
# expect: True False True
# expect: True False True False
# expect: True False True True
# expect: 5
# expect: False
# expect: ValueError boom
# expect: True
