# `if x < 10` and its kin, a local compared with a constant and a jump (one fused instruction):
# ints in line, everything else (floats, big ints, strs, None, instances, unbound) as before.
# args: --gil newgil
# args: --gil legacy
class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other

    def __eq__(self, other):
        return self.v == other


def classify(x):
    out = []
    if x < 10:
        out.append("lt")
    if x <= 10:
        out.append("le")
    if x == 10:
        out.append("eq")
    if x != 10:
        out.append("ne")
    if x > 10:
        out.append("gt")
    if x >= 10:
        out.append("ge")
    return out


for x in [9, 10, 11, -2**63, 2**63 - 1, 2**70, -2**70, 9.5, 10.0, float("nan"), True]:
    print(x, classify(x))


def strs(s):
    return [s < "m", s == "m", s != "z"]


print(strs("a"), strs("m"), strs("zz"))


def nones(x):
    if x == None:  # noqa: E711
        return "none"
    return "other"


print(nones(None), nones(0))
try:
    classify(Num(3))
except TypeError as e:
    print("TypeError", e)
for bad in ("s", None, [1]):
    try:
        classify(bad)
    except TypeError as e:
        print("TypeError", e)


def countdown(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps


print(countdown(100), countdown(0), countdown(-5))


def unbound(flag):
    if flag:
        y = 1
    if y < 5:
        return "small"


try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(unbound(True))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), [i for i in range(20) if i % 3 == 0 and i != 9])
# expect: 9 ['lt', 'le', 'ne']
# expect: 10 ['le', 'eq', 'ge']
# expect: 11 ['ne', 'gt', 'ge']
# expect: -9223372036854775808 ['lt', 'le', 'ne']
# expect: 9223372036854775807 ['ne', 'gt', 'ge']
# expect: 1180591620717411303424 ['ne', 'gt', 'ge']
# expect: -1180591620717411303424 ['lt', 'le', 'ne']
# expect: 9.5 ['lt', 'le', 'ne']
# expect: 10.0 ['le', 'eq', 'ge']
# expect: nan ['ne']
# expect: True ['lt', 'le', 'ne']
# expect: [True, False, True] [False, True, True] [False, False, True]
# expect: none other
# expect: TypeError '<=' not supported between instances of 'Num' and 'int'
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: TypeError '<' not supported between instances of 'NoneType' and 'int'
# expect: TypeError '<' not supported between instances of 'list' and 'int'
# expect: 100 0 0
# expect: UnboundLocalError cannot access local variable 'y' where it is not associated with a value
# expect: small
# expect: 6765 [0, 3, 6, 12, 15, 18]
