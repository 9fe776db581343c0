# Chained comparisons as conditions (if/while/assert/and/or/not): each link compared once, in
# order, each result's truth asked once, the middle operand one object, as CPython 3.11.
log = []
class B:
    def __init__(self, v, name):
        self.v = v
        self.name = name
    def __bool__(self):
        log.append('bool ' + self.name)
        return self.v
class K:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        log.append(f'{self.n}<{other.n}')
        return B(self.n < other.n, f'{self.n}<{other.n}')
    def __le__(self, other):
        log.append(f'{self.n}<={other.n}')
        return self.n <= other.n
    def __repr__(self):
        return f'K{self.n}'

def test(a, b, c, d):
    log.clear()
    if a < b < c < d:
        r = 'yes'
    else:
        r = 'no'
    print(r, log)
    log.clear()
    if not (a < b < c):
        r = 'not'
    else:
        r = 'so'
    print(r, log)
    log.clear()
    print(bool(a < b < c), log)  # a value, not a condition
k = [K(i) for i in range(5)]
test(k[0], k[1], k[2], k[3])
test(k[0], k[2], k[1], k[3])
test(k[3], k[1], k[2], k[4])
test(k[0], k[1], k[2], k[0])

def classify(ch):
    if 'a' <= ch <= 'z':
        return 'lower'
    elif 'A' <= ch <= 'Z':
        return 'upper'
    elif '0' <= ch <= '9' or ch == '_':
        return 'digit_'
    return 'other'
print([classify(c) for c in 'aZ9_ %é'])
def grid(W, H):
    out = []
    for x in range(-1, W + 1):
        for y in range(-1, H + 1):
            if 0 <= x < W and 0 <= y < H and not x == y == 1:
                out.append((x, y))
    return out
print(len(grid(3, 4)), grid(2, 2))
def bisect_like(xs, v):
    lo, hi = 0, len(xs)
    steps = 0
    while 0 <= lo < hi <= len(xs):
        mid = (lo + hi) // 2
        if xs[mid] < v:
            lo = mid + 1
        else:
            hi = mid
        steps += 1
    return lo, steps
print(bisect_like(list(range(0, 100, 3)), 50))
def links(x):
    s = {1, 2}
    return [1 < x in s, x in s is not None, 0 < x != 2, x is x == x, 1 <= x <= 1 <= x]
print(links(1), links(2), links(3))
def assertions(x):
    try:
        assert 0 < x < 10, f'{x} out of range'
        return 'ok'
    except AssertionError as e:
        return str(e)
print(assertions(5), assertions(10), assertions(0))
def errors(x):
    try:
        if 0 < x < 'a':
            return 'yes'
        return 'no'
    except TypeError as e:
        return f'TypeError: {e}'
print(errors(1), errors(-1), errors('b') if False else '')
def unbound(flag):
    if flag:
        m = 5
    try:
        if 0 < m < 10:
            return 'in'
    except UnboundLocalError as e:
        return f'UnboundLocalError: {e}'
print(unbound(True), unbound(False))
def closure():
    v = 3
    def inner():
        return 0 < v < 5
    def bump():
        nonlocal v
        v += 10
    r = [inner()]
    bump()
    r.append(inner())
    if 0 < v < 20:
        r.append('cell')
    return r
print(closure())
g = 7
if 5 < g < 9:
    print('global ok')
class Reassign:
    def __lt__(self, other):
        global g
        g = 100
        return True
if Reassign() < g < 50:
    print('kept the first value of g')
else:
    print('read g again')

# expect: yes ['0<1', 'bool 0<1', '1<2', 'bool 1<2', '2<3', 'bool 2<3']
# expect: so ['0<1', 'bool 0<1', '1<2', 'bool 1<2']
# expect: True ['0<1', 'bool 0<1', '1<2', 'bool 1<2']
# expect: no ['0<2', 'bool 0<2', '2<1', 'bool 2<1']
# expect: not ['0<2', 'bool 0<2', '2<1', 'bool 2<1']
# expect: False ['0<2', 'bool 0<2', '2<1', 'bool 2<1']
# expect: no ['3<1', 'bool 3<1']
# expect: not ['3<1', 'bool 3<1']
# expect: False ['3<1', 'bool 3<1', 'bool 3<1']
# expect: no ['0<1', 'bool 0<1', '1<2', 'bool 1<2', '2<0', 'bool 2<0']
# expect: so ['0<1', 'bool 0<1', '1<2', 'bool 1<2']
# expect: True ['0<1', 'bool 0<1', '1<2', 'bool 1<2']
# expect: ['lower', 'upper', 'digit_', 'digit_', 'other', 'other', 'other']
# expect: 11 [(0, 0), (0, 1), (1, 0)]
# expect: (17, 5)
# expect: [False, True, True, True, True] [True, True, False, True, False] [False, False, True, True, False]
# expect: ok 10 out of range 0 out of range
# expect: TypeError: '<' not supported between instances of 'int' and 'str' no 
# expect: in UnboundLocalError: cannot access local variable 'm' where it is not associated with a value
# expect: [True, False, 'cell']
# expect: global ok
# expect: kept the first value of g
